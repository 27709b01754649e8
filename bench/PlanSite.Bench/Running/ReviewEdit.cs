using System.Text;

namespace PlanSite.Bench.Running;

/// <summary>The edit a member of staff makes between two builds: one sentence added to one review's commentary.</summary>
public static class ReviewEdit
{
    /// <summary>Edits the latest review of the first plan; returns the edited file.</summary>
    public static string Apply(string contentDir, string sentence)
    {
        string plan = Directory.GetDirectories(Path.Combine(contentDir, "plans")).Order(StringComparer.Ordinal).First();
        string review = Directory.GetFiles(Path.Combine(plan, "reviews"), "*.yaml").Order(StringComparer.Ordinal).Last();
        string text = File.ReadAllText(review);
        const string marker = "text: \"";
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"{review}: no commentary to edit");
        File.WriteAllText(review, text.Insert(at + marker.Length, sentence), new UTF8Encoding(false));
        return review;
    }
}
