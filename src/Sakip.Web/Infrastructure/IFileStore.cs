namespace Sakip.Web.Infrastructure;

/// <summary>
/// Where uploaded files live. The I/O seam that lets several instances share one store (a shared folder today;
/// an object store can implement the same calls).
/// </summary>
public interface IFileStore
{
    /// <param name="prefix">Starts the generated key and says what kind of file it is (<see cref="DeleteOlderThan"/>).</param>
    Task<string> SaveAsync(Stream content, string prefix, string extension, CancellationToken ct);

    Stream? Open(string key);

    void Delete(string key);

    /// <summary>Deletes the files whose key starts with <paramref name="prefix"/> stored before <paramref name="cutoff"/>; returns how many.</summary>
    int DeleteOlderThan(string prefix, DateTimeOffset cutoff);
}
