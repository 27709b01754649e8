namespace PlanSite.Bench.Generation;

/// <summary>
/// A tiny seeded PRNG (SplitMix64). Written out rather than System.Random so that the generated
/// content stays byte-identical for a seed across .NET versions.
/// </summary>
public sealed class SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [min, max] inclusive.</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    public bool Chance(int percent) => Between(1, 100) <= percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>An independent stream for one part of the content, so that sizes do not shift each other's text.</summary>
    public SplitMix Fork(ulong salt) => new(Next() ^ (salt * 0xD1B54A32D192ED03UL));
}
