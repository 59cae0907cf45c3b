using System.Collections.Concurrent;
using PuppeteerSharp;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium (<see cref="Executable"/>, never a downloaded browser) driven by PuppeteerSharp: one
/// browser, one tab; console errors and page exceptions are collected for the tests to assert on.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly IBrowser _browser;
    private readonly ConcurrentQueue<string> _errors = new();

    private HeadlessChromium(IBrowser browser, IPage page)
    {
        _browser = browser;
        Page = page;
        page.DefaultTimeout = (int)Patience.TotalMilliseconds;
        page.DefaultNavigationTimeout = (int)Patience.TotalMilliseconds;
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                _errors.Enqueue("console: " + e.Message.Text);
            }
        };
        page.PageError += (_, e) => _errors.Enqueue("exception: " + e.Message);
    }

    /// <summary>The browser binary on this machine, or null when none is installed.</summary>
    public static string? Executable => Candidates.FirstOrDefault(File.Exists);

    /// <summary>The tab.</summary>
    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions so far (cleared by each navigation).</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Starts the browser and opens one tab.</summary>
    public static async Task<HeadlessChromium> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Executable ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium).");
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Timeout = (int)Patience.TotalMilliseconds,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--window-size=1366,900"],
        }).WaitAsync(cancellationToken);
        try
        {
            var page = await browser.NewPageAsync().WaitAsync(cancellationToken);
            await page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 900 });
            return new HeadlessChromium(browser, page);
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string url, CancellationToken cancellationToken)
    {
        _errors.Clear();
        var response = await Page.GoToAsync(url, WaitUntilNavigation.Load).WaitAsync(cancellationToken);
        if (response is not { Ok: true })
        {
            _errors.Enqueue($"navigation: {url} answered {(int?)response?.Status}");
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page.</summary>
    public Task<T> EvaluateAsync<T>(string expression, CancellationToken cancellationToken) =>
        Page.EvaluateExpressionAsync<T>(expression).WaitAsync(cancellationToken);

    /// <summary>Saves a screenshot of the page.</summary>
    public async Task ScreenshotAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = false }).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }
}
