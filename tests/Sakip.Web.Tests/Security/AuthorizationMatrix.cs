using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Core.Measurement;
using Sakip.Data.Accounts;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Security;

/// <summary>
/// One demo app for the matrix: the demo accounts, the same roles scoped to Dinas Kesehatan and a planner of Biro
/// Organisasi, and an evidence file of Setda for the by-id case. Signed-in clients are kept per account.
/// </summary>
public sealed class AuthorizationMatrix : IAsyncLifetime
{
    public const string Anonymous = "anonim";

    public const string Dashboard = "GET /Beranda?instansi=SETDA";
    public const string Grid = "GET /Pengukuran?instansi=SETDA";
    public const string EntryPage = "GET /Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tw2";
    public const string EntrySave = "POST /Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tw2&handler=Simpan";
    public const string Evidence = "GET /Pengukuran/Bukti?id={bukti Setda}";
    public const string UnitApi = "GET /api/v1/instansi/SETDA";
    public const string CapaianApi = "GET /api/v1/capaian?instansi=SETDA&tahun=2021";
    public const string IndicatorApi = "GET /api/v1/indikator/EKPPD";
    public const string RealisationPut = "PUT /api/v1/realisasi {EKPPD 2021 tw2}";
    public const string UnitsPage = "GET /Admin/Instansi?instansi=SETDA";
    public const string UnitPut = "PUT /api/v1/instansi/SETDA {as stored}";

    static readonly Dictionary<string, string> Emails = new()
    {
        ["Admin @ ORGANISASI (demo)"] = "admin@demo.sakip.id",
        ["Perencana @ SETDA (demo)"] = "perencana@demo.sakip.id",
        ["Verifikator @ SETDA (demo)"] = "verifikator@demo.sakip.id",
        ["Evaluator @ INSPEKTORAT (demo)"] = "evaluator@demo.sakip.id",
        ["Pimpinan @ SETDA (demo)"] = "pimpinan@demo.sakip.id",
        ["Admin @ DINKES"] = "admin.dinkes@uji.sakip.id",
        ["Perencana @ DINKES"] = "perencana.dinkes@uji.sakip.id",
        ["Perencana @ ORGANISASI"] = "perencana.organisasi@uji.sakip.id",
        ["Verifikator @ DINKES"] = "verifikator.dinkes@uji.sakip.id",
        ["Evaluator @ DINKES"] = "evaluator.dinkes@uji.sakip.id",
        ["Pimpinan @ DINKES"] = "pimpinan.dinkes@uji.sakip.id",
    };

    readonly Dictionary<string, HttpClient> clients = [];
    int evidenceId;

    public SakipWebFactory App { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var (account, email) in Emails.Where(a => !a.Key.EndsWith("(demo)", StringComparison.Ordinal)))
        {
            var role = account.Split(" @ ")[0];
            await App.CreateUserAsync(email, Roles.Find(role)!, account.Split(" @ ")[1]);
        }
        evidenceId = await App.QueryAsync(async db =>
        {
            var realisation = await db.Realisations.Where(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2).Select(r => r.Id).SingleAsync();
            var content = "%PDF-1.4 bukti EKPPD"u8.ToArray();
            var key = await App.Services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(content), "bukti-", ".pdf", default);
            var file = new EvidenceFileEntity
            {
                RealisationId = realisation,
                FileName = "ekppd.pdf",
                ContentType = "application/pdf",
                Size = content.Length,
                StorageKey = key,
                UploadedAt = DateTimeOffset.UnixEpoch,
            };
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Sends one request of the matrix as the account. Writes send Setda's own figure (3,0885) and its own unit data, so the demo data stays as it was.</summary>
    public async Task<HttpResponseMessage> SendAsync(string account, string request)
    {
        var client = await ClientAsync(account);
        var url = request.Split(' ')[1];
        return request switch
        {
            Evidence => await client.GetAsync($"/Pengukuran/Bukti?id={evidenceId}"),
            EntrySave => await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Nilai"] = "3,0885",
                ["__RequestVerificationToken"] = account == Anonymous ? "" : SakipWebFactory.AntiforgeryToken(await client.GetStringAsync("/Beranda")),
            })),
            RealisationPut => await client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "EKPPD", tahun = 2021, periode = "tw2", nilai = 3.0885m }),
            UnitPut => await client.PutAsJsonAsync("/api/v1/instansi/SETDA",
                new { kode = "SETDA", nama = "Sekretariat Daerah Provinsi Kalimantan Timur", induk = "KALTIM", jenis = "perangkat_daerah", singkatan = "Setda" }),
            _ => await client.GetAsync(url),
        };
    }

    async Task<HttpClient> ClientAsync(string account)
    {
        if (account == Anonymous)
        {
            return App.Client();
        }
        if (!clients.TryGetValue(account, out var client))
        {
            client = await App.SignInAsync(Emails[account]);
            clients[account] = client;
        }
        return client;
    }
}
