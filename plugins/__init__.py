"""textplug's built-in plugins, each registered by entry point exactly like a third-party plugin."""
