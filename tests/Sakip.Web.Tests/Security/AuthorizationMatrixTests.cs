using System.Net;

namespace Sakip.Web.Tests.Security;

/// <summary>
/// Who may read and write Setda's data, through pages and the API: every role from inside Setda and from outside
/// it (Dinas Kesehatan, or Biro Organisasi below Setda, whose scope does not reach up). Out of scope → 404 for
/// reading and writing alike, so existence is hidden; in scope without the right → 403; Admin and Evaluator read
/// the whole installation; anonymous → the sign-in page (302) or 401 from the API. The Admin page of units is the
/// installation's, not Setda's: every other role gets 403 there, whatever its scope.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrix matrix) : IClassFixture<AuthorizationMatrix>
{
    /// <summary>The columns of <see cref="Matrix"/>, in order.</summary>
    static readonly string[] Requests =
    [
        AuthorizationMatrix.Dashboard, AuthorizationMatrix.Grid, AuthorizationMatrix.EntryPage, AuthorizationMatrix.EntrySave, AuthorizationMatrix.Evidence,
        AuthorizationMatrix.UnitApi, AuthorizationMatrix.CapaianApi, AuthorizationMatrix.IndicatorApi, AuthorizationMatrix.RealisationPut,
        AuthorizationMatrix.UnitsPage, AuthorizationMatrix.UnitPut,
    ];

    /// <summary>
    /// Expected status per account and request. A 302 on the form save is "saved, back to the page"; a 302 for the
    /// anonymous visitor is "to the sign-in page" (both checked on the Location header).
    /// </summary>
    static readonly (string Account, int[] Expected)[] Matrix =
    [
        //                                     Beranda Pengukuran Isi  Simpan Bukti  instansi capaian indikator PUT realisasi  Admin/Instansi PUT instansi
        ("Admin @ ORGANISASI (demo)",         [200,    200,       200, 302,   200,   200,     200,    200,      200,           200,           200]),
        ("Admin @ DINKES",                    [200,    200,       200, 302,   200,   200,     200,    200,      200,           200,           200]),
        ("Perencana @ SETDA (demo)",          [200,    200,       200, 302,   200,   200,     200,    200,      200,           403,           403]),
        ("Perencana @ DINKES",                [404,    404,       404, 404,   404,   404,     404,    404,      404,           403,           404]),
        ("Perencana @ ORGANISASI",            [404,    404,       404, 404,   404,   404,     404,    404,      404,           403,           404]),
        ("Verifikator @ SETDA (demo)",        [200,    200,       200, 403,   200,   200,     200,    200,      403,           403,           403]),
        ("Verifikator @ DINKES",              [404,    404,       404, 404,   404,   404,     404,    404,      404,           403,           404]),
        ("Evaluator @ INSPEKTORAT (demo)",    [200,    200,       200, 403,   200,   200,     200,    200,      403,           403,           403]),
        ("Evaluator @ DINKES",                [200,    200,       200, 403,   200,   200,     200,    200,      403,           403,           403]),
        ("Pimpinan @ SETDA (demo)",           [200,    200,       200, 403,   200,   200,     200,    200,      403,           403,           403]),
        ("Pimpinan @ DINKES",                 [404,    404,       404, 404,   404,   404,     404,    404,      404,           403,           404]),
        (AuthorizationMatrix.Anonymous,       [302,    302,       302, 302,   302,   401,     401,    401,      401,           302,           401]),
    ];

    public static TheoryData<string, string, HttpStatusCode> Cases()
    {
        var cases = new TheoryData<string, string, HttpStatusCode>();
        foreach (var (account, expected) in Matrix)
        {
            for (var i = 0; i < Requests.Length; i++)
            {
                cases.Add(account, Requests[i], (HttpStatusCode)expected[i]);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Account_gets_the_expected_status(string account, string request, HttpStatusCode expected)
    {
        var response = await matrix.SendAsync(account, request);

        response.StatusCode.ShouldBe(expected, $"{account}: {request}");
        if (expected == HttpStatusCode.Redirect)
        {
            var toSignIn = response.Headers.Location!.ToString().Contains("/Akun/Masuk", StringComparison.Ordinal);
            toSignIn.ShouldBe(account == AuthorizationMatrix.Anonymous, $"{account}: {request} → {response.Headers.Location}");
        }
    }

    [Fact]
    public void Every_account_has_a_status_for_every_request() =>
        Matrix.ShouldAllBe(row => row.Expected.Length == Requests.Length);
}
