using System.Net;
using System.Net.Http.Json;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.PerjanjianKinerja;

/// <summary>What a planner does before and while drawing up a PK: add an indicator to a unit's plan, fill in and save the form.</summary>
public static class AgreementSteps
{
    public static string Form(string unit, int year) => $"/PerjanjianKinerja/Isi?instansi={unit}&tahun={year}";

    /// <summary>A sasaran of the unit under Setda's tujuan T1 (the plan tree of the cascade) and one indicator measuring it.</summary>
    public static async Task AddIndicatorAsync(HttpClient client, string unit, string code)
    {
        var element = await client.PostAsJsonAsync("/api/v1/rencana",
            new { kode = $"{code}.S", instansi = unit, jenis = "sasaran", induk = "T1", uraian = "Meningkatnya kualitas fasilitasi otonomi daerah" });
        var indicator = await client.PostAsJsonAsync("/api/v1/indikator",
            new { kode = code, rencana = $"{code}.S", uraian = "Persentase fasilitasi otonomi daerah yang ditindaklanjuti", satuan = "Persen", arah = "naik", agregasi = "akhir", iku = true });

        element.StatusCode.ShouldBe(HttpStatusCode.OK);
        indicator.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>The form as rendered for the unit and year, changed by <paramref name="fill"/>, posted; the saved PK redirects to the overview.</summary>
    public static async Task SaveAsync(HttpClient client, string unit, int year, Action<Dictionary<string, string>> fill)
    {
        var url = Form(unit, year);
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        fill(fields);

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"PK {unit} {year} not saved: {WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())}");
    }

    /// <param name="prefix"><c>PihakPertama</c> or <c>PihakKedua</c>.</param>
    /// <param name="status"><c>Definitive</c>, <c>Plt</c> or <c>Plh</c>.</param>
    public static void Party(Dictionary<string, string> fields, string prefix, string name, string nip, string position, string status)
    {
        fields[$"Form.{prefix}.Nama"] = name;
        fields[$"Form.{prefix}.Nip"] = nip;
        fields[$"Form.{prefix}.Jabatan"] = position;
        fields[$"Form.{prefix}.Status"] = status;
    }

    /// <summary>Types a target into the row of the indicator with this code.</summary>
    public static void Target(Dictionary<string, string> fields, string indicator, string value)
    {
        var row = fields.Single(f => f.Key.StartsWith("Form.Target[", StringComparison.Ordinal) && f.Key.EndsWith("].Kode", StringComparison.Ordinal) && f.Value == indicator).Key;
        fields[row.Replace("].Kode", "].Nilai", StringComparison.Ordinal)] = value;
    }
}
