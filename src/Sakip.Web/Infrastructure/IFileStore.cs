namespace Sakip.Web.Infrastructure;

/// <summary>
/// Where uploaded files live. The I/O seam that lets several instances share one store (a shared folder today;
/// an object store can implement the same three calls).
/// </summary>
public interface IFileStore
{
    Task<string> SaveAsync(Stream content, string extension, CancellationToken ct);

    Stream? Open(string key);

    void Delete(string key);
}
