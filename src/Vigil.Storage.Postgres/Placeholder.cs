namespace Vigil.Storage.Postgres; internal static class Placeholder;
