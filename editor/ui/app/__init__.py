"""Start-up and application-wide parts: windows, single instance, OS file-open events, theme, i18n."""
