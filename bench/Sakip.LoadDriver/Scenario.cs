namespace Sakip.LoadDriver;

/// <summary>What every simulated user requests in a loop: <paramref name="Next"/> gives each request's target.</summary>
/// <param name="Users">Which of the signed-in users run it.</param>
sealed record Scenario(string Name, string Request, UserGroup Users, Func<User, Target> Next);

/// <summary>A request path and text its answer must contain when checked (null: any 200 answer).</summary>
sealed record Target(string Path, string? Expect);

/// <summary>A signed-in user: one cookie jar, one connection, one request at a time, like a browser tab.</summary>
sealed record User(string Email, string UnitCode, HttpClient Client);

/// <summary>Unit users see their own unit; national users (scoped to the root) may open any unit.</summary>
enum UserGroup
{
    Unit,
    National,
}
