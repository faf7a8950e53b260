namespace Sakip.Packages.Schema;

/// <summary>Data package version 1 (docs/data-package.md). Extend only by adding optional columns or files.</summary>
public static class PackageSchema
{
    public static readonly FileSchema Units = new("instansi",
        ["kode", "nama", "induk", "jenis", "singkatan"],
        ["kode", "nama", "jenis"],
        []);

    public static readonly FileSchema Plan = new("rencana",
        ["kode", "instansi", "jenis", "induk", "uraian", "periode_awal", "periode_akhir"],
        ["kode", "instansi", "jenis", "uraian"],
        []);

    public static readonly FileSchema Indicators = new("indikator",
        ["kode", "rencana", "uraian", "satuan", "arah", "agregasi", "iku", "formula", "pembilang", "penyebut", "sumber_data", "penanggung_jawab", "urutan"],
        ["kode", "rencana", "uraian"],
        []);

    public static readonly FileSchema Targets = new("target",
        ["indikator", "tahun", "jenis", "nilai", "nilai_maks", "teks"],
        ["indikator", "tahun", "jenis", "nilai"],
        ["nilai", "nilai_maks"]);

    public static readonly FileSchema Realisations = new("realisasi",
        ["indikator", "tahun", "periode", "nilai", "teks", "capaian_tercetak", "catatan"],
        ["indikator", "tahun", "periode", "nilai"],
        ["nilai", "capaian_tercetak"]);

    public static readonly FileSchema Components = new("komponen",
        ["indikator", "tahun", "periode", "komponen", "nilai", "sumber"],
        ["indikator", "tahun", "periode", "komponen", "nilai"],
        ["nilai"]);

    public static readonly FileSchema Budget = new("anggaran",
        ["kode", "instansi", "tahun", "level", "induk", "uraian", "rencana", "indikator", "pagu", "realisasi", "persen_tercetak"],
        ["kode", "instansi", "tahun", "level", "uraian", "pagu"],
        ["pagu", "realisasi", "persen_tercetak"]);

    public static readonly FileSchema Evaluations = new("evaluasi",
        ["instansi", "tahun", "komponen", "bobot", "nilai", "predikat_tercetak"],
        ["instansi", "tahun", "nilai"],
        ["bobot", "nilai"]);

    public static readonly FileSchema Recommendations = new("rekomendasi",
        ["instansi", "tahun", "nomor", "komponen", "rekomendasi", "tindak_lanjut", "status", "status_tercetak"],
        ["instansi", "tahun", "nomor", "rekomendasi"],
        []);

    public static readonly FileSchema Scales = new("skala",
        ["skala", "label", "batas_bawah", "batas_atas"],
        ["skala", "label"],
        ["batas_bawah", "batas_atas"]);

    /// <summary>Every file in the order they are read and written (referenced files first).</summary>
    public static readonly IReadOnlyList<FileSchema> Files =
        [Units, Plan, Indicators, Targets, Realisations, Components, Budget, Evaluations, Recommendations, Scales];

    public static FileSchema? Find(string name) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
