using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Data;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Mail;

/// <summary>The demo app sending mail to an <see cref="SmtpSink"/> of its own (or with mail off), on a clock the test sets.</summary>
public sealed class MailApp : IAsyncDisposable
{
    readonly SakipWebFactory factory;

    MailApp(SmtpSink sink, bool mailOn, FakeClock clock, IReadOnlyDictionary<string, string?>? settings)
    {
        Sink = sink;
        Clock = clock;
        var all = mailOn ? sink.Settings : [];
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        factory = new SakipWebFactory { Settings = all };
        App = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public SmtpSink Sink { get; }

    public FakeClock Clock { get; }

    public WebApplicationFactory<Program> App { get; }

    /// <summary>Mail on (to the sink) or off (no SMTP host; the sink only counts connections that should never come).</summary>
    public static async Task<MailApp> StartAsync(bool mailOn = true, DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await SmtpSink.StartAsync(), mailOn, new FakeClock(now ?? DateTimeOffset.UtcNow), settings);

    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignInAsync(string email, string password = DemoAccounts.Password)
    {
        var client = Client();
        var response = await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = email,
            ["Form.Password"] = password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in of {email} failed");
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<SakipDb, IServiceProvider, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SakipDb>(), scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await factory.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
