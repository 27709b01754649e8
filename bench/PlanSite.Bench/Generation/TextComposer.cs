using System.Text;

namespace PlanSite.Bench.Generation;

/// <summary>Japanese sentences and paragraphs of realistic length for purposes, content items and review commentary.</summary>
public sealed class TextComposer(SplitMix random)
{
    public string Sentence()
    {
        string connector = random.Pick(Vocabulary.Connectors);
        return random.Between(0, 2) switch
        {
            0 => $"{connector}{random.Pick(Vocabulary.Subjects)}と連携し、{random.Pick(Vocabulary.Objects)}を{random.Pick(Vocabulary.Verbs)}。",
            1 => $"{connector}{random.Pick(Vocabulary.Fields)}の観点から{random.Pick(Vocabulary.Objects)}を{random.Pick(Vocabulary.Verbs)}ほか、{random.Pick(Vocabulary.Subjects)}への説明会を{random.Between(2, 24)}回開催した。",
            _ => $"{connector}{random.Pick(Vocabulary.Assessments)}",
        };
    }

    /// <summary>Sentences joined until the text reaches <paramref name="minLength"/> characters.</summary>
    public string Paragraph(int minLength)
    {
        var text = new StringBuilder();
        while (text.Length < minLength)
            text.Append(Sentence());
        return text.ToString();
    }

    public string Measure() => random.Pick(Vocabulary.Fields) + random.Pick(Vocabulary.Actions);
}
