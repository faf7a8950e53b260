using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Sakip.Data;
using Sakip.Web.Features;
using Sakip.Web.Features.Akun;
using Sakip.Web.Infrastructure;
using Sakip.Web.Infrastructure.Mail;

var builder = WebApplication.CreateBuilder([.. args.Where(a => a != SakipSettings.NoDemoFlag)]);
var settings = SakipSettings.From(builder.Configuration, noDemo: args.Contains(SakipSettings.NoDemoFlag) || builder.Configuration.GetValue<bool>("Sakip:NoDemo"));

builder.Services.AddSingleton(settings);
builder.Services.AddScoped<Sakip.Web.Features.Alur.Inbox>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IFileStore, FolderFileStore>();
builder.Services.AddSingleton<UnitResultCache>();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton(new ReportingDb.Replica(settings.ReadOnlyDatabase));
builder.Services.AddScoped<ReportingDb>();
builder.Services.AddSingleton<Sakip.Web.Features.Laporan.ReportRendering>();
builder.Services.AddHostedService<Sakip.Web.Features.ImporEkspor.PendingUploadSweeper>();
builder.Services.AddSakipDb(settings.Database);
builder.Services.AddSakipSecurity();
builder.Services.AddSakipMail(builder.Configuration);
builder.Services.AddRazorPages(o =>
{
    o.RootDirectory = "/Features";
    o.Conventions.AuthorizeFolder("/");
    o.Conventions.AllowAnonymousToFolder("/Akun");
    // Published LKjIP, PK and IKU: open to everyone (keterbukaan informasi), and nothing else in that folder.
    o.Conventions.AllowAnonymousToFolder("/Publik");
    o.Conventions.AllowAnonymousToPage("/Error");
}).AddMvcOptions(BindingMessages.Indonesian).AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new CheckboxBinder.Provider()));
builder.Services.AddOpenApi();
// A save that would change a locked (submitted or approved) object is refused at the save whatever the path:
// the API answers 409 with the lock's message.
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
{
    if (c.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is Sakip.Data.Workflow.WorkflowLockedException locked)
    {
        (c.ProblemDetails.Title, c.ProblemDetails.Detail) = ("Data terkunci.", locked.Message);
    }
});
builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = SakipSettings.MaxUploadBytes);
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = SakipSettings.MaxUploadBytes);

var app = builder.Build();
await FirstStart.RunAsync(app.Services, settings, app.Logger);

// First, so every response gets the headers: pages, API, static files, redirects and error pages.
app.UseSecurityHeaders();
// The API answers errors as problem details (JSON); pages show the Indonesian error page.
static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
// A request the API cannot read (malformed JSON) is the client's error: 400, also where ASP.NET throws it (Development).
app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = e => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        Sakip.Data.Workflow.WorkflowLockedException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    },
}).UseStatusCodePages());
app.UseWhen(context => !IsApi(context), pages => pages.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    StatusCodeSelector = e => e is Sakip.Data.Workflow.WorkflowLockedException ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError,
}).UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuditScope();
app.UsePasswordChangeGate();
app.UseAuthorization();

app.MapGet("/", () => Results.Redirect("/Beranda")).ExcludeFromDescription();
// For load balancers and monitors: answers while the process serves requests; it does not touch the database.
app.MapGet("/sehat", () => Results.Text("ok")).AllowAnonymous().ExcludeFromDescription();
app.MapOpenApi();
app.MapSakipApi();
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        Console.WriteLine($"Sakip berjalan di {address}");
    }
    if (settings.Demo)
    {
        Console.WriteLine($"Data demo: masuk sebagai perencana@demo.sakip.id dengan kata sandi {DemoAccounts.Password}");
    }
});

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
