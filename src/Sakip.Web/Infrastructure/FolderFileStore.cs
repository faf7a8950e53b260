namespace Sakip.Web.Infrastructure;

/// <summary>Files in a folder (<c>Sakip:UploadDirectory</c>, default <c>data/uploads</c>) under random names.</summary>
public sealed class FolderFileStore(SakipSettings settings) : IFileStore
{
    public async Task<string> SaveAsync(Stream content, string prefix, string extension, CancellationToken ct)
    {
        Directory.CreateDirectory(settings.UploadDirectory);
        var key = $"{prefix}{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
        await using var file = File.Create(Path.Combine(settings.UploadDirectory, key));
        await content.CopyToAsync(file, ct);
        return key;
    }

    public Stream? Open(string key) =>
        IsSafe(key) && File.Exists(Path.Combine(settings.UploadDirectory, key)) ? File.OpenRead(Path.Combine(settings.UploadDirectory, key)) : null;

    public void Delete(string key)
    {
        if (IsSafe(key))
        {
            File.Delete(Path.Combine(settings.UploadDirectory, key));
        }
    }

    /// <remarks>Another instance may delete the same files at the same time; a file already gone is not an error.</remarks>
    public int DeleteOlderThan(string prefix, DateTimeOffset cutoff)
    {
        if (!IsSafe(prefix) || !Directory.Exists(settings.UploadDirectory))
        {
            return 0;
        }
        var deleted = 0;
        foreach (var file in new DirectoryInfo(settings.UploadDirectory).EnumerateFiles(prefix + "*"))
        {
            if (file.Exists && file.LastWriteTimeUtc < cutoff.UtcDateTime)
            {
                file.Delete();
                deleted++;
            }
        }
        return deleted;
    }

    /// <summary>Keys are generated names; anything with a path separator is refused so no key escapes the folder.</summary>
    static bool IsSafe(string key) => key.Length > 0 && key.IndexOfAny(['/', '\\', '*', '?']) < 0 && !key.Contains("..", StringComparison.Ordinal);
}
