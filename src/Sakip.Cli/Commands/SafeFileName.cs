namespace Sakip.Cli.Commands;

/// <summary>A unit code made safe as a file name: codes are free text and may hold "/" or spaces.</summary>
static class SafeFileName
{
    public static string Of(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c)]);
        return safe is "" or "." or ".." ? "_" : safe;
    }
}
