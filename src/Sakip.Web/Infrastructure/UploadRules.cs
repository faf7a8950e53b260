namespace Sakip.Web.Infrastructure;

/// <summary>What may be uploaded: size and type limits checked on the server for every upload.</summary>
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

    /// <summary>The problem with an uploaded file, in Bahasa Indonesia, or null when it is acceptable.</summary>
    public static string? Check(IFormFile file, IReadOnlyDictionary<string, string> allowed)
    {
        var extension = Path.GetExtension(file.FileName);
        if (file.Length == 0)
        {
            return "Berkas kosong.";
        }
        if (file.Length > SakipSettings.MaxUploadBytes)
        {
            return "Ukuran berkas melebihi batas 20 MB.";
        }
        return allowed.ContainsKey(extension)
            ? null
            : $"Jenis berkas {extension} tidak diterima; gunakan {string.Join(", ", allowed.Keys)}.";
    }
}
