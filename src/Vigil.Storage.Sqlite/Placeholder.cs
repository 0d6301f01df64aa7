namespace Vigil.Storage.Sqlite; internal static class Placeholder;
