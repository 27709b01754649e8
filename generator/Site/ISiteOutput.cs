using PlanSite.Rendering;

namespace PlanSite.Site;

/// <summary>
/// Where rendered files go: a build stages them for publishing (<see cref="Incremental.StagedOutput"/>),
/// validate and serve keep them in memory (<see cref="MemoryOutput"/>). Both take the same files
/// from the same code, so what is checked or previewed is what would be published.
/// </summary>
public interface ISiteOutput
{
    /// <summary>Adds a file of the new site; <paramref name="owner"/> is the plan id, or "-" for site-wide files.</summary>
    void Put(string owner, OutputFile file);

    /// <summary>Adds a file too large to hold in memory (the data bundle), written by <paramref name="write"/>.</summary>
    void Put(string owner, string path, Action<Stream> write);

    /// <summary>A file already added, with its owner; null when there is none.</summary>
    (string Owner, byte[] Bytes)? Find(string path);
}
