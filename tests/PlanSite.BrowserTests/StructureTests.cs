using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanSite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlanSite.BrowserTests;

/// <summary>What a screen reader relies on: language, title, landmarks, a heading outline, named charts.</summary>
[Collection(PublishedSite.Name)]
public sealed class StructureTests(SiteFixture site)
{
    public static TheoryData<string, string> Samples => PageTypes.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Page_is_Japanese_titled_and_has_one_main_landmark(string kind, string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page).ToHaveTitleAsync(new Regex("\\S"));
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveCountAsync(1);
        if (path.Length > 0)
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "現在位置" })).ToBeVisibleAsync();
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Headings_form_an_outline_with_one_h1_and_no_skipped_levels(string kind, string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, path);
        var headings = (await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].map(h => ({
              level: h.getAttribute('aria-level') ? parseInt(h.getAttribute('aria-level')) : parseInt(h.localName.slice(1)),
              text: h.textContent.replace(/\s+/g, ' ').trim(),
            }))
            """)).EnumerateArray().Select(h => (Level: h.GetProperty("level").GetInt32(), Text: h.GetProperty("text").GetString()!)).ToArray();
        string outline = string.Join("\n", headings.Select(h => new string(' ', 2 * (h.Level - 1)) + $"h{h.Level} {h.Text}"));

        Assert.True(headings.Count(h => h.Level == 1) == 1, $"{kind} /{path} needs exactly one h1:\n{outline}");
        Assert.True(headings[0].Level == 1, $"{kind} /{path}: the first heading must be the h1:\n{outline}");
        var skips = headings.Zip(headings.Skip(1)).Where(p => p.Second.Level > p.First.Level + 1)
            .Select(p => $"h{p.First.Level} \"{p.First.Text}\" → h{p.Second.Level} \"{p.Second.Text}\"").ToArray();
        Assert.True(skips.Length == 0, $"{kind} /{path} skips heading levels: {string.Join("; ", skips)}\n{outline}");
        var empty = headings.Where(h => h.Text.Length == 0).ToArray();
        Assert.True(empty.Length == 0, $"{kind} /{path} has empty headings:\n{outline}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Charts_are_images_with_an_accessible_name_and_a_text_alternative(string kind, string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, path);
        var charts = page.Locator("main svg");
        int count = await charts.CountAsync();
        if (kind.StartsWith("indicator ", StringComparison.Ordinal))
            Assert.True(count >= 1, $"The {kind} page /{path} has no chart.");
        for (int i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            string where = $"{kind} /{path}, chart {i + 1} of {count}";
            if (await chart.EvaluateAsync<bool>("svg => svg.parentElement.closest('svg') !== null")) continue; // nested svg is part of a chart
            await Expect(chart).ToHaveAttributeAsync("role", "img", new() { Timeout = 1000 });
            await Expect(chart).ToHaveAccessibleNameAsync(new Regex("\\S"), new() { Timeout = 1000 });
            string alternative = await chart.EvaluateAsync<string>("""
                svg => {
                  const norm = s => (s || '').replace(/\s+/g, ' ').trim();
                  const byIds = ids => (ids || '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id))
                    .filter(Boolean).map(e => norm(e.textContent)).join(' ');
                  const desc = svg.querySelector(':scope > desc');
                  const figure = svg.closest('figure');
                  const caption = figure && figure.querySelector(':scope > figcaption');
                  return byIds(svg.getAttribute('aria-describedby')) || (desc ? norm(desc.textContent) : '') || (caption ? norm(caption.textContent) : '');
                }
                """);
            Assert.True(alternative.Length > 0, $"{where} has no text alternative (<desc>, aria-describedby or a <figcaption>).");
        }
    }
}
