using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sakip.Core;
using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Reporting;
using Sakip.Data.Accounts;

namespace Sakip.Data.Audit;

/// <summary>
/// The values of a record as the audit trail keeps them: a JSON object of property name to value, numbers as numbers
/// (decimals exact), dates in ISO 8601, and secrets never written.
/// </summary>
static class AuditValues
{
    /// <summary>Written instead of a secret's value: that it was set or changed is worth knowing, the value never.</summary>
    public const string Hidden = "(diubah)";

    /// <summary>
    /// Password hashes and stamps of accounts, API token hashes and the storage keys of evidence files (which would
    /// let anyone who reads the trail fetch a file without the page's checks).
    /// </summary>
    static readonly HashSet<string> Secrets = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", nameof(ApiTokenEntity.Hash), "StorageKey"];

    /// <summary>
    /// Bookkeeping that moves on its own: edit versions, the stamp Identity renews on every update, the security stamp
    /// renewed at every sign-out (recorded as <c>keluar</c>), an API token's last use (every call) and the failed
    /// sign-in counter (each failure is its own <c>gagal_masuk</c> entry). A change of only these is not recorded.
    /// </summary>
    static readonly HashSet<string> Bookkeeping =
        ["Version", "DataVersion", "ConcurrencyStamp", "SecurityStamp", nameof(ApiTokenEntity.LastUsedAt), "AccessFailedCount"];

    /// <summary>Too large to repeat: a workflow step's snapshot is kept in the step itself.</summary>
    static readonly HashSet<string> Omitted = ["Snapshot"];

    public static bool IsBookkeeping(string property) => Bookkeeping.Contains(property);

    /// <summary>The properties of a modified record whose value changed (not only marked modified), bookkeeping included.</summary>
    public static List<PropertyEntry> Changed(EntityEntry entry) =>
        [.. entry.Properties.Where(p => p.IsModified && !Same(p.OriginalValue, p.CurrentValue) && !Omitted.Contains(p.Metadata.Name))];

    /// <summary>Every property with a value (a creation or deletion).</summary>
    public static List<(string Name, object? Value)> All(PropertyValues values) =>
        [.. values.Properties.Where(p => !Omitted.Contains(p.Name)).Select(p => (p.Name, values[p])).Where(p => p.Item2 is not null)];

    public static string Json(IEnumerable<(string Name, object? Value)> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var (name, value) in values)
            {
                json.WritePropertyName(name);
                Write(json, Secrets.Contains(name) && value is not null ? Hidden : value);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case decimal d: json.WriteNumberValue(d); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case DateTimeOffset at: json.WriteStringValue(at.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateTime at: json.WriteStringValue(at.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateOnly day: json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case byte[] bytes: json.WriteStringValue($"(berkas {bytes.Length} bita)"); break;
            case Enum e: json.WriteStringValue(Code(e)); break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>The package code of an enumeration value where it has one (<c>tw1</c>, <c>pk</c>), else its name.</summary>
    public static string Code(Enum value) => value switch
    {
        Period p => Codes.Of(p),
        TargetKind k => Codes.Of(k),
        ComponentKind k => Codes.Of(k),
        BudgetLevel l => Codes.Of(l),
        PlanElementKind k => Codes.Of(k),
        ApprovalStatus s => Codes.Of(s),
        UnitKind k => Codes.Of(k),
        Direction d => Codes.Of(d),
        Aggregation a => Codes.Of(a),
        ActingKind k => Codes.Of(k),
        NarrativeSection s => Codes.Of(s),
        _ => value.ToString(),
    };

    static bool Same(object? a, object? b) => StructuralComparisons.StructuralEqualityComparer.Equals(a, b);
}
