using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanSite.BrowserTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PlanSite.BrowserTests;

/// <summary>
/// Reading on a phone, zoomed, and on paper. Writes full-page screenshots of each page type at
/// 320 px and 1280 px to TestResults/screenshots/ (ignored by git) for a person to look at.
/// </summary>
[Collection(PublishedSite.Name)]
public sealed class LayoutTests(SiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string, string> Samples => PageTypes.Samples;

    private const string Overflow = """
        () => {
          const de = document.documentElement;
          const out = [];
          if (de.scrollWidth > de.clientWidth)
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              let clipped = false;
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
                if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) { clipped = true; break; }
              if (r.right > de.clientWidth + 0.5 && !clipped && !out.some(o => o.el.contains(el)))
                out.push({ el, text: el.localName + '.' + (el.getAttribute('class') || '') + ' right edge ' + Math.round(r.right) });
              if (out.length >= 5) break;
            }
          return { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, offenders: out.map(o => o.text) };
        }
        """;

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task At_320_px_nothing_scrolls_sideways_and_a_screenshot_is_written(string kind, string path)
    {
        await using var context = await site.NewContextAsync(width: 320, height: 640);
        var page = await site.OpenAsync(context, path);
        await AssertNoSidewaysScroll(page, $"{kind} /{path} at 320×640");
        // A table wider than the phone scrolls inside its own labelled, focusable container.
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table')]
              .filter(t => t.getBoundingClientRect().width > document.documentElement.clientWidth)
              .filter(t => { const s = t.closest('.table-scroll'); return !s || s.tabIndex !== 0 || !s.getAttribute('aria-label'); })
              .map(t => (t.caption ? t.caption.textContent : t.outerHTML.slice(0, 80)).trim())
            """);
        Assert.True(wide.Length == 0, $"{kind} /{path}: tables wider than the screen outside a focusable, labelled .table-scroll: {string.Join("; ", wide)}");
        await ScreenshotAsync(page, path, 320);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task At_1280_px_a_screenshot_is_written_and_print_hides_the_navigation(string kind, string path)
    {
        await using var context = await site.NewContextAsync(width: 1280, height: 800);
        var page = await site.OpenAsync(context, path);
        await AssertNoSidewaysScroll(page, $"{kind} /{path} at 1280×800");
        await ScreenshotAsync(page, path, 1280);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("nav")).ToHaveCountAsync(await page.Locator("nav").CountAsync());
        foreach (var nav in await page.Locator("nav, .skip-link, .site-footer").AllAsync())
            await Expect(nav).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task At_200_percent_zoom_text_reflows_without_sideways_scrolling(string kind, string path)
    {
        // 200% zoom of a 1280×800 window: 640×400 CSS pixels at device scale 2.
        await using var context = await site.NewContextAsync(width: 640, height: 400, scale: 2);
        var page = await site.OpenAsync(context, path);
        await AssertNoSidewaysScroll(page, $"{kind} /{path} at 200% zoom");
    }

    [Fact]
    public async Task Japanese_text_is_drawn_with_a_Japanese_font()
    {
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, "");
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var h1 = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object>
        {
            ["nodeId"] = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(),
            ["selector"] = "h1",
        });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object>
        {
            ["nodeId"] = h1!.Value.GetProperty("nodeId").GetInt32(),
        });
        var used = fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => $"{f.GetProperty("familyName").GetString()} ({f.GetProperty("glyphCount").GetDouble()} glyphs)").ToArray();
        output.WriteLine("h1 is drawn with: " + string.Join(", ", used));
        Assert.True(used.Any(f => Regex.IsMatch(f, "CJK|JP|Japan|Gothic|Mincho|Hiragino|Meiryo|IPA|Takao|Source Han|ゴシック|明朝", RegexOptions.IgnoreCase)),
            $"The Japanese heading is drawn with {string.Join(", ", used)}, not a Japanese font: Japanese text would show as boxes. " +
            $"Install one: `{SiteFixture.InstallHint}`.");
    }

    private static async Task AssertNoSidewaysScroll(IPage page, string where)
    {
        var probe = await page.EvaluateAsync<JsonElement>(Overflow);
        int scrollWidth = probe.GetProperty("scrollWidth").GetInt32();
        int clientWidth = probe.GetProperty("clientWidth").GetInt32();
        Assert.True(scrollWidth <= clientWidth,
            $"{where}: the page is {scrollWidth} px wide in a {clientWidth} px viewport; sticking out: " +
            string.Join(", ", probe.GetProperty("offenders").EnumerateArray().Select(o => o.GetString())));
    }

    private async Task ScreenshotAsync(IPage page, string path, int width)
    {
        string name = PageTypes.Find(path).Slug + $"-{width}.png";
        string file = Path.Combine(RepoPaths.Screenshots, name);
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
