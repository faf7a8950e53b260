using System.Globalization;

namespace Sakip.Cli.Terminal;

/// <summary>
/// Progress of a command that writes many files: a bar redrawn in place on a terminal, one line per file when the
/// output is redirected (a log, a test), so long work never looks stuck and a log still says what was written.
/// </summary>
sealed class ProgressLine(CliConsole console, int total)
{
    const int BarWidth = 30;
    readonly bool terminal = ReferenceEquals(console.Out, Console.Out) && !Console.IsOutputRedirected;
    int done;

    public void Done(string unit, string path)
    {
        done++;
        Write($"{unit} → {path}");
    }

    public void Failed(string unit, string reason)
    {
        done++;
        console.Error.WriteLine($"{unit}: gagal — {reason}");
        Write($"{unit} gagal");
    }

    public void Finish(int failed)
    {
        if (terminal)
        {
            console.Out.WriteLine();
        }
        console.Out.WriteLine(failed == 0 ? $"Selesai: {done} berkas." : $"Selesai: {done - failed} berkas, {failed} gagal.");
    }

    void Write(string what)
    {
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        var counter = $"[{done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total}]";
        if (!terminal)
        {
            console.Out.WriteLine($"{counter} {what}");
            return;
        }
        var filled = total == 0 ? BarWidth : done * BarWidth / total;
        console.Out.Write($"\r{new string('█', filled)}{new string('░', BarWidth - filled)} {counter} {what}".PadRight(Console.WindowWidth > 0 ? Console.WindowWidth - 1 : 100));
    }
}
