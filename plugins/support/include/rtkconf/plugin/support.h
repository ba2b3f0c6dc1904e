// Everything a plugin's tests use, in one include.
#pragma once

#include <gtest/gtest.h>

#include "rtkconf/plugin/churn.h"
#include "rtkconf/plugin/context.h"
#include "rtkconf/plugin/define_plugin.h"
#include "rtkconf/plugin/evidence.h"
#include "rtkconf/plugin/flavours.h"
#include "rtkconf/plugin/hazard.h"
#include "rtkconf/plugin/peer_group.h"
#include "rtkconf/plugin/status_assert.h"
#include "rtkconf/steps.h"
#include "rtkconf/plugin/unique_name.h"
#include "rtk/RtkApi.h"
#include "rtk/RtWin32Errors.h"
