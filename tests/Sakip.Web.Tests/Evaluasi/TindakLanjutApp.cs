using Sakip.Data.Accounts;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>
/// One demo app for the follow-up and evidence tests, with a Perencana and a Pimpinan of Dinas Kesehatan (another
/// unit). Each test works on its own recommendation, so they share it; one app keeps the run light on file watchers.
/// </summary>
public sealed class TindakLanjutApp : IAsyncLifetime
{
    public const string Collection = "Tindak lanjut";

    public SakipWebFactory Web { get; } = new();

    public async Task InitializeAsync()
    {
        await Web.CreateUserAsync("perencana.dinkes@uji.sakip.id", Roles.Planner, "DINKES");
        await Web.CreateUserAsync("pimpinan.dinkes@uji.sakip.id", Roles.Leader, "DINKES");
    }

    public Task DisposeAsync()
    {
        Web.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(TindakLanjutApp.Collection)]
public sealed class TindakLanjutGroup : ICollectionFixture<TindakLanjutApp>;
