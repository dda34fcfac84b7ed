//! Who is at the other end: the client's IP address, which rate limits count by.
//!
//! Without a reverse proxy the peer of the TCP connection is the client, and forwarded headers
//! are ignored (anyone can send them). Behind one, `PONTE_TRUSTED_PROXIES` lists the proxies'
//! addresses or networks (`10.0.0.5, 192.168.0.0/24, ::1`): when the peer is one of them, the
//! client is the last address in `X-Forwarded-For` that is not itself a trusted proxy, reading
//! from the right (the addresses further left were written by the client and prove nothing).

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::Response,
};
use ipnet::IpNet;
use ponte_app::state::ClientIp;

/// The reverse proxies whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

/// A `PONTE_TRUSTED_PROXIES` entry that is neither an address nor a network.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("PONTE_TRUSTED_PROXIES: {0:?} is not an IP address or network (use 10.0.0.5, 10.0.0.0/8 or ::1, separated by commas)")]
pub struct ProxyListError(pub String);

impl TrustedProxies {
    /// Parses a comma- or space-separated list of addresses and networks (empty: no proxy).
    pub fn parse(raw: &str) -> Result<TrustedProxies, ProxyListError> {
        raw.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| ProxyListError(entry.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client behind a connection from `peer` that sent these `X-Forwarded-For` values.
    pub fn client<'a>(&self, peer: IpAddr, forwarded_for: impl Iterator<Item = &'a str>) -> IpAddr {
        if !self.trusts(peer) {
            return peer.to_canonical();
        }
        let hops: Vec<&str> = forwarded_for.flat_map(|v| v.split(',')).map(str::trim).collect();
        let mut client = peer;
        for hop in hops.iter().rev() {
            // A garbled entry ends the chain: what is left of it cannot be trusted either.
            let Ok(ip) = hop.parse::<IpAddr>() else { break };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        client.to_canonical()
    }
}

/// Puts the client's IP address in the request (for rate limits; never stored in clear).
pub async fn layer(State(proxies): State<TrustedProxies>, mut req: Request, next: Next) -> Response {
    if let Some(ConnectInfo(peer)) = req.extensions().get::<ConnectInfo<SocketAddr>>().copied() {
        let forwarded = req.headers().get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok());
        let client = proxies.client(peer.ip(), forwarded);
        req.extensions_mut().insert(ClientIp(client));
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn without_trusted_proxies_forwarded_headers_are_ignored() {
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("203.0.113.7"), ["198.51.100.1"].into_iter()), ip("203.0.113.7"));
    }

    #[test]
    fn behind_a_trusted_proxy_the_rightmost_untrusted_address_is_the_client() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, ::1").unwrap_or_default();
        // The client claims to be 1.1.1.1; the proxy appended what it saw.
        let forwarded = ["1.1.1.1, 198.51.100.9", "10.0.0.2"];
        assert_eq!(proxies.client(ip("10.0.0.1"), forwarded.into_iter()), ip("198.51.100.9"));
        // No header: the proxy itself is all we know.
        assert_eq!(proxies.client(ip("10.0.0.1"), std::iter::empty()), ip("10.0.0.1"));
        // A connection that does not come from the proxy cannot forward anything.
        assert_eq!(proxies.client(ip("198.51.100.20"), ["1.1.1.1"].into_iter()), ip("198.51.100.20"));
        // Garbage in the chain stops at the last address that could be checked.
        assert_eq!(proxies.client(ip("::1"), ["1.1.1.1, nonsense"].into_iter()), ip("::1"));
        // An IPv4 peer seen as IPv6 (::ffff:10.0.0.1) is still the proxy.
        assert_eq!(proxies.client(ip("::ffff:10.0.0.1"), ["198.51.100.9"].into_iter()), ip("198.51.100.9"));
    }

    #[test]
    fn the_setting_takes_addresses_and_networks_and_names_a_bad_entry() {
        assert_eq!(TrustedProxies::parse("").map(|p| p.0.len()), Ok(0));
        assert_eq!(TrustedProxies::parse("127.0.0.1 10.0.0.0/8,fd00::/8").map(|p| p.0.len()), Ok(3));
        assert_eq!(TrustedProxies::parse("10.0.0.1, proxy.local"), Err(ProxyListError("proxy.local".into())));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(10_000))]

        /// Whatever a client writes in `X-Forwarded-For` (and however the setting is spelled),
        /// the answer is the peer or an address the header named, and without a trusted proxy
        /// always the peer.
        #[test]
        fn any_forwarded_header_gives_the_peer_or_a_named_address(
            header in "[0-9a-f.:, /xX-]{0,60}",
            setting in "[0-9./:, ]{0,30}",
            peer in proptest::prelude::any::<std::net::IpAddr>(),
        ) {
            let proxies = TrustedProxies::parse(&setting).unwrap_or_default();
            let client = proxies.client(peer, [header.as_str()].into_iter());
            let named = header.split(',').filter_map(|h| h.trim().parse::<IpAddr>().ok()).any(|ip| ip.to_canonical() == client);
            proptest::prop_assert!(client == peer.to_canonical() || named);
            proptest::prop_assert_eq!(TrustedProxies::default().client(peer, [header.as_str()].into_iter()), peer.to_canonical());
        }
    }
}
