using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Security;

/// <summary>API tokens an Admin issued: <c>Authorization: Bearer …</c> acts as the account, with the account's unit scope.</summary>
public sealed class ApiTokenTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task Token_acts_as_its_account_within_the_account_scope()
    {
        var client = Bearer(await IssueAsync("perencana@demo.sakip.id"));

        var own = await client.GetAsync("/api/v1/instansi/SETDA");
        var outside = await client.GetAsync("/api/v1/instansi/DINKES");
        var write = await client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "PEREKONOMIAN", tahun = 2021, periode = "tw4", nilai = 90m });

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        write.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.ApiTokens.Where(t => t.User.Email == "perencana@demo.sakip.id").Select(t => t.LastUsedAt).FirstAsync())).ShouldNotBeNull();
    }

    [Fact]
    public async Task Token_of_a_read_only_account_cannot_write()
    {
        var client = Bearer(await IssueAsync("pimpinan@demo.sakip.id"));

        var read = await client.GetAsync("/api/v1/capaian?instansi=SETDA&tahun=2021");
        var write = await client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "PEREKONOMIAN", tahun = 2021, periode = "tw4", nilai = 1m });

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Revoked_token_answers_401()
    {
        var client = Bearer(await IssueAsync("evaluator@demo.sakip.id", revoked: true));

        var response = await client.GetAsync("/api/v1/instansi/SETDA");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_token_answers_401()
    {
        var response = await Bearer(ApiTokens.NewToken()).GetAsync("/api/v1/instansi/SETDA");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task No_credentials_answer_401_not_a_redirect()
    {
        var response = await app.Client().GetAsync("/api/v1/capaian?instansi=SETDA&tahun=2021");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
    }

    HttpClient Bearer(string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Stores a token as the Admin screen does: only its hash and a recognisable prefix.</summary>
    async Task<string> IssueAsync(string email, bool revoked = false)
    {
        var token = ApiTokens.NewToken();
        await app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            db.ApiTokens.Add(new ApiTokenEntity
            {
                UserId = user.Id,
                Name = "uji",
                Prefix = token[..12],
                Hash = ApiTokens.Hash(token),
                CreatedAt = DateTimeOffset.UtcNow,
                RevokedAt = revoked ? DateTimeOffset.UtcNow : null,
            });
            return await db.SaveChangesAsync();
        });
        return token;
    }
}
