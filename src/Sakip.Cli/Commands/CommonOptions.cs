using System.CommandLine;

namespace Sakip.Cli.Commands;

/// <summary>Arguments and options shared by several commands, so their names and help read the same.</summary>
static class CommonOptions
{
    public static Argument<string> Package() => new("PAKET")
    {
        Description = "Paket data SAKIP: folder berkas CSV atau satu buku kerja .xlsx",
    };

    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Bentuk keluaran: {string.Join(", ", allowed)}",
            HelpName = string.Join('|', allowed),
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
