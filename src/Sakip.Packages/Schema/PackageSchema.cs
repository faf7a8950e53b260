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
        ["kode", "rencana", "uraian", "satuan", "arah", "agregasi", "iku", "formula", "pembilang", "penyebut", "sumber_data", "penanggung_jawab", "urutan", "bukti_wajib"],
        ["kode", "rencana", "uraian"],
        [],
        Added: ["bukti_wajib"]);

    public static readonly FileSchema Targets = new("target",
        ["indikator", "tahun", "jenis", "nilai", "nilai_maks", "teks"],
        ["indikator", "tahun", "jenis", "nilai"],
        ["nilai", "nilai_maks"]);

    public static readonly FileSchema Realisations = new("realisasi",
        ["indikator", "tahun", "periode", "nilai", "teks", "capaian_tercetak", "catatan", "faktor_pendukung", "faktor_penghambat", "solusi", "status"],
        ["indikator", "tahun", "periode", "nilai"],
        ["nilai", "capaian_tercetak"],
        Added: ["faktor_pendukung", "faktor_penghambat", "solusi", "status"]);

    public static readonly FileSchema Components = new("komponen",
        ["indikator", "tahun", "periode", "komponen", "nilai", "sumber"],
        ["indikator", "tahun", "periode", "komponen", "nilai"],
        ["nilai"]);

    public static readonly FileSchema Budget = new("anggaran",
        ["kode", "instansi", "tahun", "level", "induk", "uraian", "rencana", "indikator", "pagu", "realisasi", "persen_tercetak",
            "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"],
        ["kode", "instansi", "tahun", "level", "uraian", "pagu"],
        ["pagu", "realisasi", "persen_tercetak", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"],
        Added: ["realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"]);

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

    public static readonly FileSchema Agreements = new("pk",
        [
            "instansi", "tahun", "versi",
            "pihak_pertama", "nip_pihak_pertama", "jabatan_pihak_pertama", "status_pihak_pertama",
            "pihak_kedua", "nip_pihak_kedua", "jabatan_pihak_kedua", "status_pihak_kedua",
            "tanggal", "tempat",
        ],
        ["instansi", "tahun", "pihak_pertama", "jabatan_pihak_pertama", "pihak_kedua", "jabatan_pihak_kedua"],
        [],
        IsAdded: true);

    public static readonly FileSchema AgreementPrograms = new("pk_program",
        ["instansi", "tahun", "uraian", "pagu", "anggaran"],
        ["instansi", "tahun", "uraian", "pagu"],
        ["pagu"],
        IsAdded: true);

    public static readonly FileSchema Narratives = new("narasi",
        ["instansi", "tahun", "bagian", "rencana", "teks"],
        ["instansi", "tahun", "bagian", "teks"],
        [],
        IsAdded: true);

    public static readonly FileSchema Staff = new("pegawai",
        ["instansi", "tahun", "jabatan", "golongan", "pendidikan", "jenis_kelamin", "jumlah"],
        ["instansi", "tahun", "jumlah"],
        [],
        IsAdded: true);

    public static readonly FileSchema Facilities = new("sarana",
        ["instansi", "tahun", "jenis", "jumlah", "satuan", "kondisi", "keterangan"],
        ["instansi", "tahun", "jenis", "jumlah"],
        ["jumlah"],
        IsAdded: true);

    public static readonly FileSchema Comparisons = new("pembanding",
        ["indikator", "tahun", "nilai", "sumber"],
        ["indikator", "tahun", "nilai", "sumber"],
        ["nilai"],
        IsAdded: true);

    public static readonly FileSchema LkeAnswers = new("lke",
        ["instansi", "tahun", "templat", "kriteria", "nilai_usulan", "nilai_penetapan", "catatan"],
        ["instansi", "tahun", "templat", "kriteria"],
        [],
        IsAdded: true);

    static readonly string[] SkmElements = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];

    public static readonly FileSchema SkmResults = new("skm",
        ["instansi", "tahun", "layanan", "responden", .. SkmElements],
        ["instansi", "tahun", "layanan", .. SkmElements],
        SkmElements,
        IsAdded: true);

    public static readonly FileSchema SkmResponses = new("skm_jawaban",
        ["instansi", "tahun", "layanan", .. SkmElements],
        ["instansi", "tahun", "layanan", .. SkmElements],
        [],
        IsAdded: true);

    public static readonly FileSchema Assessments = new("penilaian",
        ["instansi", "tahun", "jenis", "nilai", "predikat", "sumber"],
        ["instansi", "tahun", "jenis"],
        ["nilai"],
        IsAdded: true);

    public static readonly FileSchema UnitGroups = new("kelompok",
        ["kelompok", "nama", "instansi"],
        ["kelompok", "nama", "instansi"],
        [],
        IsAdded: true);

    public static readonly FileSchema RecapIndicators = new("rekap_indikator",
        ["indikator", "sumber", "ukuran", "predikat_minimal", "batas", "jenis", "kelompok"],
        ["indikator", "sumber", "ukuran"],
        ["batas"],
        IsAdded: true);

    /// <summary>
    /// Every file in the order they are read and written (referenced files first). The files after skala were added for
    /// the reports (issue #8) and the evaluation (issue #9); all are optional, so a package without them reads as before.
    /// </summary>
    public static readonly IReadOnlyList<FileSchema> Files =
    [
        Units, Plan, Indicators, Targets, Realisations, Components, Budget, Evaluations, Recommendations, Scales,
        Agreements, AgreementPrograms, Narratives, Staff, Facilities, Comparisons,
        LkeAnswers, SkmResults, SkmResponses, Assessments, UnitGroups, RecapIndicators,
    ];

    public static FileSchema? Find(string name) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
