namespace Sakip.LoadDriver;

/// <summary>What every simulated user requests in a loop: <paramref name="Next"/> gives each request's target.</summary>
/// <param name="Users">Which of the signed-in users run it.</param>
sealed record Scenario(string Name, string Request, UserGroup Users, Func<User, Target> Next);

/// <summary>A request path and text its answer must contain when checked (null: any 200 answer); with a JSON body it is a PUT.</summary>
sealed record Target(string Path, string? Expect, string? Body = null)
{
    public HttpRequestMessage Request() => Body is null
        ? new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative))
        : new HttpRequestMessage(HttpMethod.Put, new Uri(Path, UriKind.Relative)) { Content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json") };
}

/// <summary>A signed-in user: one cookie jar, one connection, one request at a time, like a browser tab.</summary>
sealed record User(string Email, string UnitCode, HttpClient Client);

/// <summary>Unit users see their own unit; national users (scoped to the root) may open any unit.</summary>
enum UserGroup
{
    Unit,
    National,
}
