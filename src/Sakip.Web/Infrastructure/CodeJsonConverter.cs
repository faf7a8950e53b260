using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Core;

namespace Sakip.Web.Infrastructure;

/// <summary>Writes and reads an enumeration as its data-package code (<c>naik</c>, <c>tw1</c>, <c>pk</c>), as the API promises.</summary>
public sealed class CodeJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Codes.Parse<TEnum>(reader.GetString()) ?? throw new JsonException(
            $"nilai \"{reader.GetString()}\" tidak dikenal; gunakan salah satu: {string.Join(", ", Codes.All<TEnum>())}");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Codes.Of(value));
}
