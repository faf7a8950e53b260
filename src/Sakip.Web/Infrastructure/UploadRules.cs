namespace Sakip.Web.Infrastructure;

/// <summary>What may be uploaded: size, type and content checked on the server for every upload.</summary>
public static class UploadRules
{
    /// <summary>Evidence files (bukti dukung): documents, spreadsheets and images.</summary>
    public static readonly IReadOnlyDictionary<string, string> EvidenceTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <summary>Data packages: a ZIP of CSV files or one XLSX workbook.</summary>
    public static readonly IReadOnlyDictionary<string, string> PackageTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".zip"] = "application/zip",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The longest file name kept with a file (the <c>evidence_files</c> column; PostgreSQL would refuse a longer one).</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>The problem with an uploaded file, in Bahasa Indonesia, or null when it is acceptable.</summary>
    public static string? Check(IFormFile file, IReadOnlyDictionary<string, string> allowed)
    {
        var extension = Path.GetExtension(file.FileName);
        if (Path.GetFileName(file.FileName).Length > MaxFileNameLength)
        {
            return $"Nama berkas terlalu panjang: paling banyak {MaxFileNameLength} karakter.";
        }
        if (file.Length == 0)
        {
            return "Berkas kosong.";
        }
        if (file.Length > SakipSettings.MaxUploadBytes)
        {
            return "Ukuran berkas melebihi batas 20 MB.";
        }
        if (!allowed.ContainsKey(extension))
        {
            return $"Jenis berkas {extension} tidak diterima; gunakan {string.Join(", ", allowed.Keys)}.";
        }
        // The name is chosen by the sender; the bytes decide. A program or a text renamed to .pdf is refused here.
        using var content = file.OpenReadStream();
        return FileSignatures.Matches(content, extension)
            ? null
            : $"Isi berkas bukan {extension.TrimStart('.').ToUpperInvariant()} yang sah, walaupun namanya berakhiran {extension}; berkas mungkin rusak atau berganti nama.";
    }

    /// <summary>
    /// The content type to serve a stored file with: the type of its extension when its bytes are of that type,
    /// otherwise a plain download (files stored before contents were checked may not be what their name says).
    /// </summary>
    public static string ServedType(Stream content, string fileName, IReadOnlyDictionary<string, string> allowed)
    {
        var extension = Path.GetExtension(fileName);
        return allowed.TryGetValue(extension, out var type) && FileSignatures.Matches(content, extension) ? type : "application/octet-stream";
    }
}
