using System.Text.Encodings.Web;
using System.Text.Json;
using Sakip.Core.Explaining;

namespace Sakip.Cli.Terminal;

/// <summary>JSON output: snake_case names as in the data package, decimals as exact numbers.</summary>
static class Json
{
    static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));

    public static object Explanation(Explained<decimal?> figure) => new
    {
        metode = figure.Method,
        rumus = ExplanationText.Symbolic(figure),
        masukan = figure.Inputs.Select(i => new { simbol = i.Symbol, nama = i.Label, nilai = i.Value }),
        catatan = figure.Note,
    };
}
