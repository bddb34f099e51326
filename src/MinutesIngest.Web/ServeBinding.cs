using System.Net;

namespace MinutesIngest.Web;

/// <summary>Where <c>minutes serve</c> listens and which Host headers it answers: the names that address it, nothing else.</summary>
/// <remarks>
/// Answering any Host header lets a page on the internet read the local API through DNS rebinding (its own name made to
/// resolve to 127.0.0.1), so requests naming another host are refused by ASP.NET's host filtering.
/// </remarks>
public sealed record ServeBinding(string Address, int Port, IReadOnlyList<string> AllowedHosts)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The URL Kestrel binds.</summary>
    public string Url => $"http://{HostName(Address)}:{Port}";

    /// <summary>Whether only this machine can reach the address.</summary>
    public bool IsLoopback => IsLoopbackAddress(Address);

    /// <summary>The binding for an address; <paramref name="extraHosts"/> are further Host names to answer (a proxy's, a DNS name).</summary>
    public static ServeBinding For(string address, int port, IEnumerable<string>? extraHosts = null)
    {
        var hosts = new List<string>(LoopbackNames);
        if (!IsLoopbackAddress(address))
        {
            // A wildcard bind answers on every interface, so each interface's address (and this machine's name) names it.
            if (address is "0.0.0.0" or "::" or "[::]" or "*") hosts.AddRange(MachineAddresses());
            else hosts.Add(HostName(address));
            hosts.Add(Environment.MachineName);
        }
        hosts.AddRange(extraHosts ?? []);
        return new ServeBinding(address, port, hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>The binding a URL such as <c>http://127.0.0.1:0</c> describes (tests, tools).</summary>
    public static ServeBinding FromUrl(string url)
    {
        var uri = new Uri(url);
        return For(uri.Host.Trim('[', ']'), uri.Port);
    }

    private static bool IsLoopbackAddress(string address) =>
        address.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(address.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    // The addresses this machine's name resolves to (a wildcard bind answers on each).
    private static IEnumerable<string> MachineAddresses()
    {
        try { return Dns.GetHostAddresses(Dns.GetHostName()).Select(a => HostName(a.ToString())); }
        catch (System.Net.Sockets.SocketException) { return []; }
    }

    // An IPv6 address in a URL or Host header sits in brackets.
    private static string HostName(string address) => address.Contains(':') && !address.StartsWith('[') ? $"[{address}]" : address;
}
