namespace PlanSite.Site;

/// <summary>What kind of output a path is, for the build's summary (pages, data files, other files).</summary>
public static class OutputKinds
{
    public static bool IsPage(ReadOnlySpan<char> path) => path.SequenceEqual("index.html") || path.EndsWith("/index.html", StringComparison.Ordinal);

    /// <summary>Downloadable data: CSV, JSON and the ZIP bundle (charts, feeds and assets are neither pages nor data).</summary>
    public static bool IsDataFile(ReadOnlySpan<char> path) =>
        path.EndsWith(".csv", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".zip", StringComparison.Ordinal);
}
