namespace Sakip.LoadDriver;

/// <summary>What every simulated user requests in a loop; <paramref name="Check"/> is text the first answer must contain.</summary>
sealed record Scenario(string Name, string Request, Func<User, string> Path, Func<User, string?> Check);

/// <summary>A signed-in user: one cookie jar, one connection, one request at a time, like a browser tab.</summary>
sealed record User(string Email, string UnitCode, HttpClient Client);
