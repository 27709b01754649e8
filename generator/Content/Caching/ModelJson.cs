using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PlanSite.Model;

namespace PlanSite.Content.Caching;

/// <summary>
/// JSON settings that round-trip the immutable model: everything that can be set (init properties and
/// constructor parameters) is written; derived properties (Display, AllMeasures …) are not, because
/// they are recomputed from the rest and would only bloat the cache.
/// </summary>
internal static class ModelJson
{
    // Source-generated metadata: no reflection or emitted code at run time, which would cost more
    // than reading the plans (measured: the first deserialisation took 1.7 s with reflection).
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = ModelJsonContext.Default.WithAddedModifier(OnlySettableMembers),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Japanese text as UTF-8, not \uXXXX escapes: half the bytes to write and read. The cache is
        // never embedded in HTML, so the relaxed escaping is safe here.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiscalYearAsNumber() },
    };

    /// <summary>The entry's metadata from <see cref="Options"/>: the overloads taking it need no reflection (Native AOT).</summary>
    public static readonly JsonTypeInfo<PlanCacheEntry> Entry = (JsonTypeInfo<PlanCacheEntry>)Options.GetTypeInfo(typeof(PlanCacheEntry));

    // Constructor parameters are read by reflection: the model's types are kept whole in a Native AOT
    // publish (TrimmerRootAssembly in PlanSite.csproj).
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Model types are rooted.")]
    private static void OnlySettableMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var constructorParameters = info.Type
            .GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (int i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && !constructorParameters.Contains(property.Name))
                info.Properties.RemoveAt(i);
        }
    }
}

/// <summary>2021 rather than {"StartYear":2021}: fiscal years are in every target and result.</summary>
internal sealed class FiscalYearAsNumber : JsonConverter<FiscalYear>
{
    public override FiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt32());

    public override void Write(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options) => writer.WriteNumberValue(value.StartYear);
}

[JsonSerializable(typeof(PlanCacheEntry))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;

/// <summary>One plan in the cache with the key of the input it was read from.</summary>
internal sealed record PlanCacheEntry(string Key, Plan Plan);
