<?php
/**
 * Uninstalling Lectern removes everything it stored: the site's choice and each post's.
 */

defined('WP_UNINSTALL_PLUGIN') || exit;

delete_option('lectern_view');
delete_post_meta_by_key('_lectern_view');
