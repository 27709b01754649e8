using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PlanSite.Importers.Shared;

/// <summary>
/// Reads a seed's curation file (seeds/curation/&lt;seed&gt;.yaml) into its importer's document type.
/// Every importer reads its own shape, but all of them need the same guarantees: unknown keys fail
/// (YamlDotNet's default), because a misspelt key would otherwise drop a reviewed decision silently;
/// errors name the file, line and column; an empty file is an error; the document's own checks
/// (e.g. every entry has a reason) run before anything is imported.
/// </summary>
public static class CurationYaml
{
    public static T Load<T>(string path, Func<T, IEnumerable<string>>? problems = null) where T : class =>
        Parse(File.ReadAllText(path, System.Text.Encoding.UTF8), path, problems);

    // YamlDotNet's reflection-based deserializer: the curation documents are types of this assembly,
    // which a Native AOT publish keeps whole (TrimmerRootAssembly in PlanSite.csproj), and importing
    // all seeds with the published binary gives the same files as with the JIT build (.ci/aot-check).
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Curation types are rooted; checked by .ci/aot-check.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Curation types are rooted; checked by .ci/aot-check.")]
    public static T Parse<T>(string yaml, string displayPath, Func<T, IEnumerable<string>>? problems = null) where T : class
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        T? document;
        try
        {
            document = deserializer.Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{displayPath}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }
        if (document is null)
            throw new InvalidDataException($"{displayPath}: the curation file is empty");
        var found = problems?.Invoke(document).ToList() ?? [];
        if (found.Count > 0)
            throw new InvalidDataException($"{displayPath}: " + string.Join("; ", found));
        return document;
    }
}
