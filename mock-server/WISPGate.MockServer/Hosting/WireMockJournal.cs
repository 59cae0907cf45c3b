using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Reflection;
using WireMock;
using WireMock.Logging;
using WireMock.Models;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// What <see cref="ContractFastPath"/> needs of a WireMock server that WireMock.Net does not make public: its mappings
/// (to see that no user stub exists), its request log (to add the fast path's entries, so <c>/__admin/requests</c>,
/// <c>LogEntries</c> and <c>FindLogEntries</c> still show API traffic), the settings that change how it handles a
/// request, and its <c>RequestMessage</c> constructor. Bound once, by name, to WireMock.Net.Minimal 2.21's
/// internals; when a later version renames any of them, <see cref="TryBind"/> answers null and every request takes
/// WireMock's own path again (slower, same behaviour) — <c>ContractFastPathTests</c> then fails, so the loss is seen.
/// </summary>
internal sealed class WireMockJournal
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly object _options;
    private readonly PropertyInfo _maxRequestLogCount;
    private readonly PropertyInfo _requestLogExpirationDuration;
    private readonly PropertyInfo[] _mustBeOff;
    private readonly PropertyInfo _requestProcessingDelay;
    private readonly PropertyInfo _logger;
    private readonly ConstructorInfo _requestMessage;
    private readonly Lock _trim = new();

    private WireMockJournal(
        object options,
        ConcurrentDictionary<Guid, IMapping> mappings,
        ObservableCollection<LogEntry> log,
        PropertyInfo maxRequestLogCount,
        PropertyInfo requestLogExpirationDuration,
        PropertyInfo[] mustBeOff,
        PropertyInfo requestProcessingDelay,
        PropertyInfo logger,
        ConstructorInfo requestMessage)
    {
        _options = options;
        Mappings = mappings;
        Log = log;
        _maxRequestLogCount = maxRequestLogCount;
        _requestLogExpirationDuration = requestLogExpirationDuration;
        _mustBeOff = mustBeOff;
        _requestProcessingDelay = requestProcessingDelay;
        _logger = logger;
        _requestMessage = requestMessage;
    }

    /// <summary>WireMock's mappings, keyed by GUID (the live dictionary its matcher walks).</summary>
    public ConcurrentDictionary<Guid, IMapping> Mappings { get; }

    /// <summary>WireMock's request log (the live collection behind <c>/__admin/requests</c>).</summary>
    private ObservableCollection<LogEntry> Log { get; }

    /// <summary>Binds to one server's internals, or null when this WireMock.Net version does not have them.</summary>
    public static WireMockJournal? TryBind(WireMockServer server)
    {
        try
        {
            var options = typeof(WireMockServer).GetField("_options", Instance)?.GetValue(server);
            if (options is null)
            {
                return null;
            }

            var type = options.GetType();
            PropertyInfo? Property(string name) => type.GetProperty(name, Instance);
            var requestMessage = typeof(RequestMessage).GetConstructor(
                Instance,
                [typeof(UrlDetails), typeof(string), typeof(string), typeof(IBodyData), typeof(IDictionary<string, string[]>), typeof(IDictionary<string, string>)]);
            string[] mustBeOff = ["HandleRequestsSynchronously", "AllowPartialMapping", "AllowBodyForAllHttpMethods"];
            var off = mustBeOff.Select(Property).ToArray();
            if (Property("Mappings")?.GetValue(options) is not ConcurrentDictionary<Guid, IMapping> mappings
                || Property("LogEntries")?.GetValue(options) is not ObservableCollection<LogEntry> log
                || Property("MaxRequestLogCount") is not { } max || max.PropertyType != typeof(int?)
                || Property("RequestLogExpirationDuration") is not { } expiration || expiration.PropertyType != typeof(int?)
                || Property("RequestProcessingDelay") is not { } delay || delay.PropertyType != typeof(TimeSpan?)
                || Property("Logger") is not { } logger
                || off.Any(p => p is null || p.PropertyType != typeof(bool?))
                || requestMessage is null)
            {
                return null;
            }

            return new WireMockJournal(options, mappings, log, max, expiration, off!, delay, logger, requestMessage);
        }
#pragma warning disable CA1031 // Any failure to bind means: no fast path; WireMock's own path is always there.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// Whether WireMock would handle a request exactly as the fast path does: no global delay, no synchronous or
    /// partial matching, no bodies on GET, and no request logger (the default <c>WireMockNullLogger</c>). Settings
    /// can change at run time (<c>PUT /__admin/settings</c>), so this is asked per request.
    /// </summary>
    public bool SettingsAllowFastPath()
    {
        foreach (var property in _mustBeOff)
        {
            if ((bool?)property.GetValue(_options) == true)
            {
                return false;
            }
        }

        return (TimeSpan?)_requestProcessingDelay.GetValue(_options) is not { } delay || delay <= TimeSpan.Zero
            ? _logger.GetValue(_options) is WireMock.Logging.WireMockNullLogger
            : false;
    }

    /// <summary>A WireMock request message (what its own request mapper builds), for a log entry.</summary>
    public IRequestMessage RequestMessage(UrlDetails url, string method, string clientIp, IBodyData? body, IDictionary<string, string[]> headers, IDictionary<string, string>? cookies) =>
        (IRequestMessage)_requestMessage.Invoke([url, method, clientIp, body, headers, cookies]);

    /// <summary>
    /// Adds an entry to WireMock's request log and trims it as WireMock does after each request
    /// (<c>MaxRequestLogCount</c>, <c>RequestLogExpirationDuration</c>) — but from the oldest end, in O(1) per
    /// dropped entry, instead of copying and sorting the whole log on every request.
    /// </summary>
    public void Append(LogEntry entry)
    {
        var max = (int?)_maxRequestLogCount.GetValue(_options);
        if (max is <= 0)
        {
            return;
        }

        var expiration = (int?)_requestLogExpirationDuration.GetValue(_options);
        lock (_trim)
        {
            try
            {
                Log.Add(entry);
                if (max is { } cap)
                {
                    while (Log.Count > cap)
                    {
                        Log.RemoveAt(0);
                    }
                }

                if (expiration is > 0)
                {
                    var before = DateTime.UtcNow.AddHours(-expiration.Value);
                    while (Log.Count > 0 && Log[0].RequestMessage?.DateTime < before)
                    {
                        Log.RemoveAt(0);
                    }
                }
            }
#pragma warning disable CA1031 // As WireMock itself: a log entry lost under a concurrent reset is not worth failing the request for.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
