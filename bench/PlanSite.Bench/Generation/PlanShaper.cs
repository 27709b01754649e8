namespace PlanSite.Bench.Generation;

/// <summary>Decides one plan's municipality, period, levels and measure tree for a given number of indicators.</summary>
public sealed class PlanShaper(SplitMix random)
{
    private static readonly string[] KindSlugs = ["sogo", "gyokaku", "dx", "senryaku", "fukushi", "kankyo"];

    public SyntheticPlan Shape(int index, int indicatorCount)
    {
        string prefecture = random.Pick(Vocabulary.Prefectures);
        string municipality = random.Pick(Vocabulary.PlaceHeads) + random.Pick(Vocabulary.PlaceTails) + random.Pick(Vocabulary.MunicipalitySuffixes);
        int kind = random.Between(0, Vocabulary.PlanKinds.Length - 1);
        int from = random.Between(2017, 2021);
        int to = from + 4;
        var levels = random.Pick(Vocabulary.LevelSets);
        var grades = random.Chance(50) ? GradeScale.FourStep : GradeScale.Achievement;
        var text = new TextComposer(random);

        int remaining = indicatorCount;
        var top = new List<SyntheticMeasure>();
        for (int code = 1; remaining > 0; code++)
            top.Add(Measure($"{code}", 1, levels.Length, ref remaining, text));
        int reviews = random.Between(3, 4);
        return new SyntheticPlan($"c{index + 1:D4}-{KindSlugs[kind]}-{from}-{to}", municipality, prefecture,
            $"{municipality}{Vocabulary.PlanKinds[kind]}", from, to, levels, grades, top,
            Enumerable.Range(from, reviews).ToArray());
    }

    private SyntheticMeasure Measure(string code, int depth, int levelCount, ref int remaining, TextComposer text)
    {
        if (depth == levelCount)
        {
            int count = Math.Min(remaining, random.Between(1, 3));
            remaining -= count;
            var indicators = Enumerable.Range(1, count).Select(n => Indicator($"{code}-{n}")).ToArray();
            return new SyntheticMeasure(code, text.Measure(), [], indicators);
        }
        var children = new List<SyntheticMeasure>();
        int wanted = random.Between(2, 4);
        for (int n = 1; n <= wanted && remaining > 0; n++)
            children.Add(Measure($"{code}-{n}", depth + 1, levelCount, ref remaining, text));
        return new SyntheticMeasure(code, text.Measure(), children, []);
    }

    private SyntheticIndicator Indicator(string id)
    {
        string subject = random.Pick(Vocabulary.Objects);
        int roll = random.Between(1, 100);
        if (roll <= 20)
            return new SyntheticIndicator(id, $"{subject}の実施状況", IndicatorKind.Word, null, 0, 0);
        if (roll <= 35)
            return new SyntheticIndicator(id, $"{subject}の満足度（％）", IndicatorKind.Percent, "％", random.Between(300, 700), random.Between(5, 40));
        if (roll <= 45)
        {
            string unit = random.Pick(Vocabulary.CountUnits);
            return new SyntheticIndicator(id, $"{subject}に関する苦情件数（{unit}）", IndicatorKind.Decrease, unit, random.Between(100, 900), random.Between(5, 30));
        }
        string countUnit = random.Pick(Vocabulary.CountUnits);
        return new SyntheticIndicator(id, $"{subject}の件数（{countUnit}）", IndicatorKind.Increase, countUnit, random.Between(50, 5000), random.Between(10, 400));
    }
}
