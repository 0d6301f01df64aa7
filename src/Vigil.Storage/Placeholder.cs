namespace Vigil.Storage; internal static class Placeholder;
