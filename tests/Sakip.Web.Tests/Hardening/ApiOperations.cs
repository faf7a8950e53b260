using System.Text.Json.Nodes;

namespace Sakip.Web.Tests.Hardening;

/// <summary>
/// One valid request for each operation of <c>/openapi/v1.json</c>, on the demo data: the fuzz test changes one value of it
/// at a time. A new endpoint without an entry here fails <see cref="ApiFuzzTests"/>, so no operation goes untested.
/// </summary>
public static class ApiOperations
{
    public sealed record Request(string Method, string Template, Dictionary<string, string> Path, Dictionary<string, string> Query, JsonObject? Body)
    {
        public bool Writes => Method is "PUT" or "POST" or "DELETE" or "PATCH";
    }

    public static readonly IReadOnlyDictionary<string, Request> Valid = new Dictionary<string, Request>
    {
        ["GET /api/v1/instansi"] = Get("/api/v1/instansi", query: new() { ["induk"] = "SETDA", ["halaman"] = "1", ["ukuran"] = "10" }),
        ["POST /api/v1/instansi"] = Write("POST", "/api/v1/instansi", body: new()
        {
            ["kode"] = "UJI_FUZZ",
            ["nama"] = "Unit Uji",
            ["induk"] = "SETDA",
            ["jenis"] = "unit_kerja",
            ["singkatan"] = "Uji",
        }),
        ["GET /api/v1/instansi/{kode}"] = Get("/api/v1/instansi/{kode}", path: new() { ["kode"] = "SETDA" }),
        ["PUT /api/v1/instansi/{kode}"] = Write("PUT", "/api/v1/instansi/{kode}", path: new() { ["kode"] = "POD" }, body: new()
        {
            ["kode"] = "POD",
            ["nama"] = "Biro Pemerintahan dan Otonomi Daerah",
            ["induk"] = "SETDA",
            ["jenis"] = "unit_kerja",
            ["singkatan"] = "Biro POD",
        }),
        ["GET /api/v1/rencana"] = Get("/api/v1/rencana", query: new() { ["instansi"] = "SETDA" }),
        ["POST /api/v1/rencana"] = Write("POST", "/api/v1/rencana", body: new()
        {
            ["kode"] = "S_FUZZ",
            ["instansi"] = "SETDA",
            ["jenis"] = "sasaran",
            ["induk"] = "T1",
            ["uraian"] = "Sasaran uji",
            ["periode_awal"] = 2019,
            ["periode_akhir"] = 2023,
        }),
        ["PUT /api/v1/rencana/{kode}"] = Write("PUT", "/api/v1/rencana/{kode}", path: new() { ["kode"] = "S1" }, body: new()
        {
            ["kode"] = "S1",
            ["instansi"] = "SETDA",
            ["jenis"] = "sasaran",
            ["induk"] = "T1",
            ["uraian"] = "Meningkatnya kinerja penyelenggaraan pemerintah daerah",
            ["periode_awal"] = 2019,
            ["periode_akhir"] = 2023,
        }),
        ["GET /api/v1/indikator"] = Get("/api/v1/indikator", query: new() { ["instansi"] = "SETDA" }),
        ["POST /api/v1/indikator"] = Write("POST", "/api/v1/indikator", body: Indicator("I_FUZZ", "Indikator uji")),
        ["GET /api/v1/indikator/{kode}"] = Get("/api/v1/indikator/{kode}", path: new() { ["kode"] = "EKPPD" }),
        ["PUT /api/v1/indikator/{kode}"] = Write("PUT", "/api/v1/indikator/{kode}", path: new() { ["kode"] = "ITKP" },
            body: Indicator("ITKP", "Indeks Tata Kelola Pengadaan", rencana: "S2", satuan: "Indeks")),
        ["GET /api/v1/target"] = Get("/api/v1/target", query: new() { ["indikator"] = "EKPPD", ["tahun"] = "2021" }),
        ["PUT /api/v1/target"] = Write("PUT", "/api/v1/target", body: new()
        {
            ["indikator"] = "ITKP",
            ["tahun"] = 2022,
            ["jenis"] = "tw1",
            ["nilai"] = 70.5m,
            ["nilai_maks"] = null,
            ["teks"] = null,
        }),
        ["GET /api/v1/realisasi"] = Get("/api/v1/realisasi", query: new() { ["indikator"] = "EKPPD", ["tahun"] = "2021" }),
        ["PUT /api/v1/realisasi"] = Write("PUT", "/api/v1/realisasi", body: new()
        {
            ["indikator"] = "ITKP",
            ["tahun"] = 2022,
            ["periode"] = "tw1",
            ["nilai"] = 71m,
            ["teks"] = null,
            ["catatan"] = "Uji",
            ["faktor_pendukung"] = "Koordinasi",
            ["faktor_penghambat"] = null,
            ["solusi"] = null,
            ["pembilang"] = null,
            ["penyebut"] = null,
        }),
        ["GET /api/v1/realisasi/{indikator}/{tahun}/{periode}"] = Get("/api/v1/realisasi/{indikator}/{tahun}/{periode}",
            path: new() { ["indikator"] = "EKPPD", ["tahun"] = "2021", ["periode"] = "tw2" }),
        ["GET /api/v1/capaian"] = Get("/api/v1/capaian", query: new() { ["instansi"] = "SETDA", ["tahun"] = "2021" }),
        ["GET /api/v1/perjanjian"] = Get("/api/v1/perjanjian", query: new() { ["instansi"] = "SETDA", ["tahun"] = "2021" }),
        ["GET /api/v1/perjanjian/versi"] = Get("/api/v1/perjanjian/versi", query: new() { ["instansi"] = "SETDA", ["tahun"] = "2021" }),
        ["GET /api/v1/laporan/{instansi}/{tahun}/{dokumen}"] = Get("/api/v1/laporan/{instansi}/{tahun}/{dokumen}",
            path: new() { ["instansi"] = "SETDA", ["tahun"] = "2021", ["dokumen"] = "iku" }, query: new() { ["format"] = "html" }),
        ["GET /api/v1/evaluasi/rekap/{tahun}"] = Get("/api/v1/evaluasi/rekap/{tahun}", path: new() { ["tahun"] = "2021" }),
        ["GET /api/v1/alur/ketepatan/{tahun}"] = Get("/api/v1/alur/ketepatan/{tahun}", path: new() { ["tahun"] = "2021" }),
        ["GET /api/v1/evaluasi/skm/{tahun}"] = Get("/api/v1/evaluasi/skm/{tahun}", path: new() { ["tahun"] = "2021" }, query: new() { ["ambang"] = "80" }),
        ["GET /api/v1/evaluasi/{instansi}/rekomendasi"] = Get("/api/v1/evaluasi/{instansi}/rekomendasi", path: new() { ["instansi"] = "SETDA" }, query: new() { ["tahun"] = "2020" }),
        ["GET /api/v1/jejak"] = Get("/api/v1/jejak", query: new()
        {
            ["instansi"] = "SETDA",
            ["pengguna"] = "admin@demo.sakip.id",
            ["objek"] = "targets",
            ["aksi"] = "ubah",
            ["dari"] = "2020-01-01",
            ["sampai"] = "2030-12-31",
            ["halaman"] = "1",
        }),
        ["GET /api/v1/evaluasi/{instansi}/lke/{tahun}"] = Get("/api/v1/evaluasi/{instansi}/lke/{tahun}", path: new() { ["instansi"] = "SETDA", ["tahun"] = "2021" }),
        ["GET /api/v1/alur/kotak"] = Get("/api/v1/alur/kotak"),
        ["GET /api/v1/alur/{instansi}/{objek}/{tahun}/{periode}"] = Get("/api/v1/alur/{instansi}/{objek}/{tahun}/{periode}",
            path: new() { ["instansi"] = "SETDA", ["objek"] = "realisasi", ["tahun"] = "2021", ["periode"] = "tw4" }),
        ["POST /api/v1/alur/{instansi}/{objek}/{tahun}/{periode}/{aksi}"] = Write("POST", "/api/v1/alur/{instansi}/{objek}/{tahun}/{periode}/{aksi}",
            path: new() { ["instansi"] = "SETDA", ["objek"] = "realisasi", ["tahun"] = "2021", ["periode"] = "tw4", ["aksi"] = "ajukan" },
            body: new() { ["catatan"] = "Mohon diverifikasi.", ["versi"] = 0 }),
    };

    /// <summary>Pages and reports that must still open after any accepted write: the ones that show what the writes change.</summary>
    public static readonly IReadOnlyList<string> ReadersAfterWrites =
    [
        "/api/v1/capaian?instansi=SETDA&tahun=2021",
        "/api/v1/capaian?instansi=SETDA&tahun=2022",
        "/api/v1/capaian?indikator=ITKP&tahun=2022",
        "/api/v1/indikator?instansi=SETDA",
        "/api/v1/instansi",
        "/Beranda?instansi=SETDA&tahun=2022",
        "/Pengukuran?instansi=SETDA&tahun=2022",
        "/Pengukuran/Isi?indikator=ITKP&tahun=2022&periode=tw1",
        "/Perencanaan?instansi=SETDA",
        "/Perbandingan?instansi=SETDA",
        "/Admin/Instansi",
    ];

    static JsonObject Indicator(string code, string text, string rencana = "S1", string satuan = "Persen") => new()
    {
        ["kode"] = code,
        ["rencana"] = rencana,
        ["uraian"] = text,
        ["satuan"] = satuan,
        ["arah"] = "naik",
        ["agregasi"] = "akhir",
        ["iku"] = false,
        ["formula"] = null,
        ["pembilang"] = null,
        ["penyebut"] = null,
        ["sumber_data"] = null,
        ["penanggung_jawab"] = null,
        ["urutan"] = 9,
    };

    static Request Get(string template, Dictionary<string, string>? path = null, Dictionary<string, string>? query = null) =>
        new("GET", template, path ?? [], query ?? [], null);

    static Request Write(string method, string template, JsonObject body, Dictionary<string, string>? path = null) =>
        new(method, template, path ?? [], [], body);
}
