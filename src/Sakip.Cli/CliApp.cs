using System.CommandLine;
using System.CommandLine.Help;
using Sakip.Cli.Commands;
using Sakip.Cli.Terminal;
using Sakip.Data.Audit;
using Sakip.Reports;

namespace Sakip.Cli;

/// <summary>The <c>sakip</c> command tree. Exit codes: 0 ok, 1 invalid data, 2 usage error.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int InvalidData = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Whatever a command writes to the database is recorded in the audit trail as done from the command line.
        using var actor = AuditActor.Use(new AuditActor("cli", Environment.UserName, "cli"));
        var console = new CliConsole(output, error);
        var root = Build(console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction and not IndonesianHelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"Kesalahan penggunaan: {UsageErrorText.Translate(problem.Message, parsed.CommandResult.Command)}");
            }
            error.WriteLine($"Lihat '{CommandPath(parsed.CommandResult.Command)} --help'.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            error.WriteLine($"Gagal membaca atau menulis berkas: {e.Message}");
            return InvalidData;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"Akses berkas ditolak: {e.Message}");
            return InvalidData;
        }
    }

    static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("sakip — alat baris perintah e-SAKIP: validasi, capaian, reviu, evaluasi dan konversi paket data; impor, ekspor, basis data dan akun; dokumen LKjIP, PK dan monev.");
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(CapaianCommand.Create(console));
        root.Subcommands.Add(ReviewCommand.Create(console));
        root.Subcommands.Add(EvaluationCommand.Create(console));
        root.Subcommands.Add(ConvertCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(DbCommand.Create(console));
        root.Subcommands.Add(UserCommand.Create(console));
        root.Subcommands.Add(DocumentCommand.Create(console, "lkjip", ReportKind.Lkjip));
        root.Subcommands.Add(DocumentCommand.Create(console, "pk", ReportKind.Agreement));
        root.Subcommands.Add(DocumentCommand.Create(console, "monev", ReportKind.Monitoring));
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Tampilkan bantuan dan cara pakai";
                    help.Action = new IndonesianHelpAction();
                    break;
                case VersionOption version:
                    version.Description = "Tampilkan versi";
                    break;
            }
        }
        return root;
    }

    internal static string CommandPath(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent ? $"{CommandPath(parent)} {command.Name}" : "sakip";
}
