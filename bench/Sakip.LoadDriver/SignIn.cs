using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.LoadDriver;

/// <summary>Signs in through the real form, as a browser does: GET the page, POST with its antiforgery token, keep the cookies.</summary>
static partial class SignIn
{
    public static async Task<HttpClient> AsAsync(Uri baseUrl, string email, string password, CancellationToken ct)
    {
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var page = await client.GetStringAsync(new Uri("/Akun/Masuk", UriKind.Relative), ct);
            var token = Token().Match(page) is { Success: true } m ? m.Groups[1].Value
                : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
            using var form = new FormUrlEncodedContent([
                new("__RequestVerificationToken", token), new("Form.Email", email), new("Form.Password", password)]);
            using var response = await client.PostAsync(new Uri("/Akun/Masuk", UriKind.Relative), form, ct);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString() != "/Beranda")
            {
                throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}.");
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
