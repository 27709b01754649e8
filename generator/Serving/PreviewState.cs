using PlanSite.Content;

namespace PlanSite.Serving;

/// <summary>
/// What the preview serves right now: the last site that built cleanly, and the errors of the latest
/// build if it failed. Replaced as a whole, so a request never sees half a rebuild.
/// </summary>
public sealed record PreviewState(IReadOnlyDictionary<string, byte[]>? Files, IReadOnlyList<ContentError> Errors, int Version, string Summary)
{
    public static readonly PreviewState Empty = new(null, [], 0, "not built yet");

    public bool HasErrors => Errors.Count > 0;
}
