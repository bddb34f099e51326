using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>Debian's Chromium driven through its chromedriver (packages chromium and chromium-driver; nothing is downloaded at run time).</summary>
internal static class HeadlessChromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    /// <summary>Where the browser tests leave their screenshots (MINUTES_SCREENSHOTS overrides).</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("MINUTES_SCREENSHOTS") is { Length: > 0 } folder ? folder : "/tmp/minutes-screenshots";

    public static ChromeDriver Start(string downloadFolder)
    {
        // A missing browser is a failure with the fix in the message, not a skip.
        if (!File.Exists(Browser) || !File.Exists(Driver))
            throw new InvalidOperationException($"{Browser} or {Driver} is missing: apt-get install -y chromium chromium-driver (scripts/setup does)");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        // --no-sandbox: the tests run as root on CI, where Chromium's sandbox refuses to start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1024");
        options.AddUserProfilePreference("download.default_directory", downloadFolder);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return driver;
    }

    public static string Screenshot(IWebDriver driver, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
        return path;
    }
}
