using System.Collections.Concurrent;
using System.Net;

namespace Vigil.Web.Auth;

/// <summary>
/// Per-address back-off for sign-in: after <see cref="MaxFailures"/> failed attempts from one address within
/// <see cref="Window"/>, that address is refused (429) until the window ends, whatever name it tries. Together
/// with the per-account lock-out (which a device the user signed in from before is exempt from) an attacker
/// can neither guess quickly nor keep an admin out.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>Failures from one address within <see cref="Window"/> before it is refused.</summary>
    public const int MaxFailures = 20;

    /// <summary>The counting window, and how long an address is refused.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private const int MaxTracked = 100_000;

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Start)> _failures = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="address"/> must wait, or null when it may try.</summary>
    public TimeSpan? WaitFor(IPAddress? address)
    {
        var key = KeyOf(address);
        var now = clock.GetUtcNow();
        if (_failures.TryGetValue(key, out var entry) && entry.Failures >= MaxFailures && now - entry.Start < Window)
        {
            return entry.Start + Window - now;
        }

        return null;
    }

    /// <summary>Counts a failed attempt from <paramref name="address"/>.</summary>
    public void Failed(IPAddress? address)
    {
        if (_failures.Count > MaxTracked)
        {
            // A flood from very many addresses: forget them all rather than grow without bound.
            _failures.Clear();
        }

        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(KeyOf(address), _ => (1, now), (_, e) => now - e.Start >= Window ? (1, now) : (e.Failures + 1, e.Start));
    }

    /// <summary>A success from <paramref name="address"/> clears its count.</summary>
    public void Succeeded(IPAddress? address) => _failures.TryRemove(KeyOf(address), out _);

    // IPv6 clients usually hold a whole /64: count them together.
    private static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "-";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes).ToString();
        }

        return address.ToString();
    }
}
