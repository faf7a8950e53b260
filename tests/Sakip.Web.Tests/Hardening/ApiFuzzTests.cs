using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sakip.Web.Tests.Infrastructure;
using static Sakip.Web.Tests.Hardening.HostileValues;

namespace Sakip.Web.Tests.Hardening;

/// <summary>
/// Reads <c>/openapi/v1.json</c> and sends every operation missing, malformed, over-long and extreme values, one value at a
/// time: no response is a 500, a refused write stores nothing, a value no field can hold is refused, and after every
/// accepted write the pages and reports that show it still open.
/// </summary>
public sealed class ApiFuzzTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    public static TheoryData<string> Operations => [.. ApiOperations.Valid.Keys];

    [Fact]
    public async Task Every_operation_of_the_openapi_document_is_fuzzed()
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}")).Order().ToList();
        documented.ShouldBe(ApiOperations.Valid.Keys.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Hostile_values_never_answer_500_and_a_refusal_stores_nothing(string operation)
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");
        var request = ApiOperations.Valid[operation];
        var types = await FieldTypesAsync(client, operation);
        var failures = new List<string>();

        foreach (var (name, value) in request.Path.Concat(request.Query).ToList())
        {
            foreach (var hostile in ForParameters)
            {
                var changed = WithParameter(request, name, hostile);
                await SendAndCheckAsync(client, changed, $"{name}={Shorten(hostile)}", mustRefuse: false, failures);
            }
        }
        foreach (var property in request.Body?.Select(p => p.Key).ToList() ?? [])
        {
            foreach (var hostile in ForJson)
            {
                var body = (JsonObject)request.Body!.DeepClone();
                if (hostile.Missing)
                {
                    body.Remove(property);
                }
                else
                {
                    body[property] = hostile.Json?.DeepClone();
                }
                var type = types.GetValueOrDefault(property, FieldType.Text);
                await SendAndCheckAsync(client, request with { Body = body }, $"{property}: {hostile.Name}", request.Writes && hostile.MustRefuse(type), failures);
            }
        }
        if (request.Body is not null)
        {
            foreach (var (name, raw) in ForBodies)
            {
                await SendAndCheckAsync(client, request, $"body: {name}", mustRefuse: true, failures, raw);
            }
        }

        FuzzFailures.Report(failures, operation);
    }

    async Task SendAndCheckAsync(HttpClient client, ApiOperations.Request request, string variant, bool mustRefuse, List<string> failures, string? rawBody = null)
    {
        var before = request.Writes ? await DatabaseFingerprint.TakeAsync(app) : null;
        using var response = await client.SendAsync(Message(request, rawBody));
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            failures.Add($"{variant}: {status} {Shorten(await response.Content.ReadAsStringAsync())}");
            return;
        }
        if (!request.Writes)
        {
            return;
        }
        var refused = status is >= 400 and < 500;
        if (mustRefuse && !refused)
        {
            failures.Add($"{variant}: accepted with {status}, but no field can hold this value");
        }
        if (refused && await DatabaseFingerprint.TakeAsync(app) != before)
        {
            failures.Add($"{variant}: refused with {status}, but the database changed");
        }
        if (!refused)
        {
            await CheckReadersAsync(client, variant, failures);
        }
    }

    static async Task CheckReadersAsync(HttpClient client, string variant, List<string> failures)
    {
        foreach (var url in ApiOperations.ReadersAfterWrites)
        {
            using var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{variant}: accepted, and then {url} answers {(int)response.StatusCode}");
            }
        }
    }

    static HttpRequestMessage Message(ApiOperations.Request request, string? rawBody)
    {
        var path = request.Path.Aggregate(request.Template, (p, kv) => p.Replace($"{{{kv.Key}}}", Uri.EscapeDataString(kv.Value), StringComparison.Ordinal));
        var query = string.Join("&", request.Query.Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value)}"));
        var message = new HttpRequestMessage(new HttpMethod(request.Method), query.Length == 0 ? path : $"{path}?{query}");
        if (rawBody is not null || request.Body is not null)
        {
            message.Content = new StringContent(rawBody ?? request.Body!.ToJsonString(), Encoding.UTF8, "application/json");
        }
        return message;
    }

    static ApiOperations.Request WithParameter(ApiOperations.Request request, string name, string? value)
    {
        var path = new Dictionary<string, string>(request.Path);
        var query = new Dictionary<string, string>(request.Query);
        var target = path.ContainsKey(name) ? path : query;
        if (value is null)
        {
            target.Remove(name);
            if (target == path)
            {
                path[name] = "";
            }
        }
        else
        {
            target[name] = value;
        }
        return request with { Path = path, Query = query };
    }

    /// <summary>The type of each body property, read from the OpenAPI schema of the operation's request body.</summary>
    static async Task<Dictionary<string, FieldType>> FieldTypesAsync(HttpClient client, string operation)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var (method, path) = (operation.Split(' ')[0].ToLowerInvariant(), operation.Split(' ')[1]);
        var op = root.GetProperty("paths").GetProperty(path).GetProperty(method);
        if (!op.TryGetProperty("requestBody", out var requestBody))
        {
            return [];
        }
        var schema = Resolve(root, requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        return schema.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => TypeOf(root, p.Value));
    }

    static FieldType TypeOf(JsonElement root, JsonElement property)
    {
        if (property.TryGetProperty("$ref", out _) || property.TryGetProperty("oneOf", out _))
        {
            return FieldType.Code;
        }
        var types = property.TryGetProperty("type", out var type)
            ? (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()])
            : [];
        return types.Contains("integer") ? FieldType.WholeNumber
            : types.Contains("number") ? FieldType.Number
            : types.Contains("boolean") ? FieldType.Boolean
            : FieldType.Text;
    }

    static JsonElement Resolve(JsonElement root, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    static string Shorten(string? text) => text is null ? "(tanpa)" : text.Length > 120 ? text[..120] + "…" : text;
}
