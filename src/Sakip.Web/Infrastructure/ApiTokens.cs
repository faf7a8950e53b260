using System.Security.Cryptography;
using System.Text;

namespace Sakip.Web.Infrastructure;

/// <summary>Issues API tokens and hashes them; only the hash is stored.</summary>
public static class ApiTokens
{
    public const string Prefix = "sakip_";

    public static string NewToken() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
