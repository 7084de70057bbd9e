using System.Diagnostics;

namespace Rectify.Search.Api.Tests.Support;

/// <summary>Debian's Chromium, headless: renders a page with its scripts run and returns the resulting DOM.</summary>
public static class Chromium
{
    /// <summary>The browser, or null when it is not installed.</summary>
    public static string? Path { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>The browser driven by Playwright: a page to work with; disposing the session closes both.</summary>
    public static async Task<BrowserSession> Launch()
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Path, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        return new BrowserSession(playwright, browser);
    }

    public static async Task<string> RenderedDom(Uri page)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("Debian's chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--dump-dom", page.ToString() })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return await dom;
    }
}

/// <summary>
/// A test that drives a real browser. Without Chromium it is skipped, saying why, on a developer's machine; under CI
/// (CI set) it always runs, and fails if .ci/run did not install the browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && Environment.GetEnvironmentVariable("CI") is null)
            Skip = "Debian's chromium is not installed (apt-get install chromium; .ci/run installs it)";
    }
}

/// <summary>Playwright and its browser, closed together.</summary>
public sealed class BrowserSession(Microsoft.Playwright.IPlaywright playwright, Microsoft.Playwright.IBrowser browser) : IAsyncDisposable
{
    public Microsoft.Playwright.IBrowser Browser { get; } = browser;

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
